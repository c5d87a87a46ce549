using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// Sets the Rencana Aksi of a PK version's indicators: quarterly targets as people write them,
/// the actions and the responsible subbag or divisi. Every cell is checked first; one bad cell
/// writes nothing.
/// </summary>
public static class EditRencanaAksi
{
    /// <param name="IndikatorId">The indicator.</param>
    /// <param name="Targets">TW I-IV targets as typed; blank for none.</param>
    /// <param name="Aksi">The actions planned.</param>
    /// <param name="PenanggungJawab">The responsible subbag or divisi.</param>
    public sealed record Baris(int IndikatorId, IReadOnlyList<string?> Targets, string? Aksi, string? PenanggungJawab);

    public sealed record Command(int PerjanjianKinerjaId, IReadOnlyList<Baris> Barises, int? Revisi = null);

    /// <summary>The field an error belongs to: a quarter's target cell, or the indicator's row when <paramref name="triwulan"/> is null.</summary>
    public static string Bidang(int indikatorId, int? triwulan) =>
        triwulan is { } tw ? $"Barises[{indikatorId}].Targets[{tw}]" : $"Barises[{indikatorId}]";

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var pk = await db.PerjanjianKinerjas.Include(p => p.Satker).Include(p => p.Sasarans).ThenInclude(s => s.Indikators).ThenInclude(i => i.RencanaAksis)
                .AsSplitQuery()
                .SingleOrDefaultAsync(p => p.Id == c.PerjanjianKinerjaId, ct);
            if (pk is null)
            {
                return Gagal.TidakDitemukan("Perjanjian Kinerja tidak ditemukan.");
            }

            if (Izin.Periksa(pelaku, Tindakan.MenyusunRencana, pk.Satker) is { } tolak)
            {
                return tolak;
            }

            if (c.Revisi is { } revisi && revisi != pk.Revisi)
            {
                return Gagal.Konflik(DrafPerjanjian.Konflik);
            }

            var indikators = pk.Sasarans.SelectMany(s => s.Indikators).ToDictionary(i => i.Id);
            var salah = new List<Kesalahan>();
            foreach (var b in c.Barises)
            {
                if (!indikators.TryGetValue(b.IndikatorId, out var ind))
                {
                    salah.Add(new(Bidang(b.IndikatorId, null), "Indikator bukan bagian dari Perjanjian Kinerja ini."));
                    continue;
                }

                if ((b.Aksi?.Length ?? 0) > 2000 || (b.PenanggungJawab?.Length ?? 0) > 200)
                {
                    salah.Add(new(Bidang(b.IndikatorId, null), $"{ind.Kode}: aksi paling panjang 2000 karakter, penanggung jawab 200."));
                }

                for (var tw = 1; tw <= 4; tw++)
                {
                    var teks = b.Targets.ElementAtOrDefault(tw - 1)?.Trim();
                    var ada = ind.RencanaAksis.SingleOrDefault(r => r.Triwulan == tw);
                    if (string.IsNullOrEmpty(teks))
                    {
                        if (ada is not null)
                        {
                            ada.TargetNilai = null;
                            ada.TargetPredikat = null;
                        }

                        continue;
                    }

                    var galat = Baca(ind, teks, out var nilai, out var predikat);
                    if (galat is not null)
                    {
                        salah.Add(new(Bidang(b.IndikatorId, tw), $"{ind.Kode} TW {tw}: {galat}"));
                        continue;
                    }

                    if (ada is null)
                    {
                        ada = new RencanaAksi { Triwulan = tw };
                        ind.RencanaAksis.Add(ada);
                    }

                    ada.TargetNilai = nilai;
                    ada.TargetPredikat = predikat;
                }

                foreach (var r in ind.RencanaAksis)
                {
                    r.Aksi = string.IsNullOrWhiteSpace(b.Aksi) ? null : b.Aksi.Trim();
                    r.PenanggungJawab = string.IsNullOrWhiteSpace(b.PenanggungJawab) ? null : b.PenanggungJawab.Trim();
                }

                if (ind.RencanaAksis.Count == 0 && (!string.IsNullOrWhiteSpace(b.Aksi) || !string.IsNullOrWhiteSpace(b.PenanggungJawab)))
                {
                    ind.RencanaAksis.Add(new RencanaAksi { Triwulan = 1, Aksi = b.Aksi?.Trim(), PenanggungJawab = b.PenanggungJawab?.Trim() });
                }
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
            }

            return await DrafPerjanjian.SimpanAsync(db, pk, ct);
        }

        private static string? Baca(IndikatorKinerja ind, string teks, out decimal? nilai, out string? predikat)
        {
            nilai = null;
            predikat = null;
            if (ind.JenisTarget == JenisTarget.Predikat)
            {
                var skala = ind.SkalaPredikatnya();
                var p = skala.Predikats.FirstOrDefault(x => string.Equals(x.Kode, teks, StringComparison.OrdinalIgnoreCase));
                predikat = p?.Kode;
                return p is null ? $"'{teks}' bukan predikat pada skala {skala.Nama}." : null;
            }

            var baca = AngkaIndonesia.Baca(teks, ind.Satuan);
            if (!baca.Berhasil)
            {
                return baca.Kesalahan;
            }

            if (baca.IsRentang || baca.Nilai < 0)
            {
                return "target triwulan harus satu angka tidak negatif.";
            }

            if (Satuan.Berbeda(baca.Satuan, ind.Satuan))
            {
                return $"satuan '{baca.Satuan}' berbeda dengan satuan indikator '{ind.Satuan}'.";
            }

            nilai = baca.Nilai;
            return null;
        }
    }
}
