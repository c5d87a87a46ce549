using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// Edits a stored LKE template no evaluation uses yet (issue 11, item 1), for an administrator of
/// KPU RI, from the editor's rows in order: a component's name and weight, a sub-component's name,
/// weight and kind, a criterion's text and scale (removed when marked, added from a filled blank
/// row). Every cell is checked and then the whole template (weights adding to 100 and to their
/// component, codes unique, scales known); on any error nothing is written.
/// </summary>
public static class EditTemplatLke
{
    /// <summary>A row of the editor, as <see cref="GetTemplatLke.Baris"/> gave it and the user changed it.</summary>
    public sealed class Baris
    {
        public string Kode { get; set; } = string.Empty;

        public string? Nama { get; set; }

        public string? Bobot { get; set; }

        public string? Jenis { get; set; }

        public string? Skala { get; set; }

        public bool Hapus { get; set; }

        public bool Baru { get; set; }
    }

    /// <param name="Kode">The template edited.</param>
    /// <param name="Revisi">The revision the form was opened on.</param>
    /// <param name="Nama">The template's name.</param>
    /// <param name="TahunAwal">The first year it serves.</param>
    /// <param name="TahunAkhir">The last year it serves; null when open-ended.</param>
    /// <param name="Barises">The editor's rows, in order.</param>
    public sealed record Command(string Kode, int Revisi, string? Nama, int? TahunAwal, int? TahunAkhir, IReadOnlyList<Baris> Barises);

    public const string Konflik = "Templat ini telah diubah sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman lalu ulangi.";

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            if (await KelolaTemplat.TolakAsync(db, pelaku, ct) is { } tolak)
            {
                return tolak;
            }

            var simpan = await db.TemplatLkeTersimpans.SingleOrDefaultAsync(t => t.Kode == c.Kode, ct);
            if (simpan is null)
            {
                return TemplatLkeJson.KodeBawaan.Contains(c.Kode, StringComparer.OrdinalIgnoreCase)
                    ? Gagal.TidakSah($"Templat {c.Kode} bawaan Sakip dan tidak diubah; salin menjadi versi baru lalu ubah salinannya.")
                    : Gagal.TidakDitemukan($"Templat LKE '{TeksRingkas.Potong(c.Kode, 20)}' tidak ada.");
            }

            if (simpan.Revisi != c.Revisi)
            {
                return Gagal.Konflik(Konflik);
            }

            if (await KelolaTemplat.DipakaiAsync(db, simpan.Kode, ct) is > 0 and var n)
            {
                return Gagal.Konflik($"Templat {simpan.Kode} sudah dipakai {n} evaluasi dan tidak diubah; salin menjadi versi baru lalu ubah salinannya.");
            }

            var lama = TemplatLkeJson.DariTeks(simpan.Json);
            var panduan = lama.SemuaKriteria.ToDictionary(x => x.Kriteria.Kode, x => x.Kriteria.Panduan, StringComparer.OrdinalIgnoreCase);
            var isian = new PemeriksaIsian();
            KelolaTemplat.PeriksaIdentitas(isian, c.Nama, c.TahunAwal, c.TahunAkhir);

            var komponens = new List<(string Kode, string Nama, decimal Bobot, List<(string Kode, string Nama, decimal Bobot, JenisSubKomponen Jenis, List<KriteriaLke> Kriterias)> Subs)>();
            for (var i = 0; i < c.Barises.Count; i++)
            {
                var b = c.Barises[i];
                var kode = b.Kode.Trim();
                var nama = b.Nama?.Trim() ?? string.Empty;
                var bidang = $"Barises[{i}]";
                var tingkat = kode.Count(ch => ch == '.');
                if (tingkat == 2)
                {
                    if (b.Hapus || (b.Baru && nama.Length == 0))
                    {
                        continue;
                    }

                    if (komponens.LastOrDefault().Subs?.LastOrDefault() is not { Kriterias: { } kriterias } sub || !kode.StartsWith(sub.Kode + ".", StringComparison.Ordinal))
                    {
                        isian.Tambah(bidang + ".Kode", $"Baris {i + 1}: kriteria {kode} tidak berada di bawah subkomponennya.");
                        continue;
                    }

                    if (nama.Length == 0 || nama.Length > 2000)
                    {
                        isian.Tambah(bidang + ".Nama", $"Kriteria {kode}: isi teksnya (paling panjang 2000 karakter), atau tandai untuk dihapus.");
                    }

                    if (lama.Skala(b.Skala ?? string.Empty) is null)
                    {
                        isian.Tambah(bidang + ".Skala", $"Kriteria {kode}: pilih skala jawaban ({string.Join(", ", lama.Skalas.Select(s => s.Kode))}).");
                    }

                    kriterias.Add(new KriteriaLke(kode, nama, b.Skala?.Trim() ?? string.Empty, panduan.GetValueOrDefault(kode)));
                    continue;
                }

                var bobot = AngkaIndonesia.Baca(b.Bobot ?? string.Empty);
                if (!bobot.Berhasil || bobot.IsRentang || bobot.Satuan is not null || bobot.Nilai <= 0)
                {
                    isian.Tambah(bidang + ".Bobot", $"{(tingkat == 0 ? "Komponen" : "Subkomponen")} {kode}: bobot harus bilangan lebih dari 0.");
                }

                if (nama.Length == 0 || nama.Length > 500)
                {
                    isian.Tambah(bidang + ".Nama", $"{(tingkat == 0 ? "Komponen" : "Subkomponen")} {kode}: isi namanya (paling panjang 500 karakter).");
                }

                if (tingkat == 0)
                {
                    komponens.Add((kode, nama, bobot.Nilai ?? 0, []));
                }
                else if (komponens.Count == 0 || !kode.StartsWith(komponens[^1].Kode + ".", StringComparison.Ordinal))
                {
                    isian.Tambah(bidang + ".Kode", $"Baris {i + 1}: subkomponen {kode} tidak berada di bawah komponennya.");
                }
                else
                {
                    if (!Enum.TryParse<JenisSubKomponen>(b.Jenis, ignoreCase: true, out var jenis) || !Enum.IsDefined(jenis) || int.TryParse(b.Jenis, out _))
                    {
                        // Still added, so that its criteria are checked beneath it; nothing is saved.
                        isian.Tambah(bidang + ".Jenis", $"Subkomponen {kode}: pilih jenisnya ({string.Join(", ", Enum.GetNames<JenisSubKomponen>())}).");
                    }

                    komponens[^1].Subs.Add((kode, nama, bobot.Nilai ?? 0, jenis, []));
                }
            }

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            var t = lama with
            {
                Nama = c.Nama!.Trim(),
                TahunAwal = c.TahunAwal!.Value,
                TahunAkhir = c.TahunAkhir,
                Komponens = [.. komponens.Select(k => new KomponenLke(k.Kode, k.Nama, k.Bobot, [.. k.Subs.Select(s => new SubKomponenLke(s.Kode, s.Nama, s.Bobot, s.Jenis, s.Kriterias))]))],
            };
            if (t.Periksa() is { Count: > 0 } masalah)
            {
                return Gagal.TidakSah([.. masalah.Select(m => new Kesalahan(null, m))]);
            }

            (simpan.Json, simpan.DiubahOleh, simpan.DiubahPada) = (TemplatLkeJson.Tulis(t), pelaku.NamaLengkap, clock.GetUtcNow());
            simpan.Revisi++;
            return await db.SimpanAsync(() => simpan.Revisi, ct, Konflik);
        }
    }
}
