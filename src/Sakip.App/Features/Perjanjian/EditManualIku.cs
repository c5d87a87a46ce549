using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Perjanjian;

/// <summary>
/// Writes an indicator's manual (whoever writes the satker's plans): the definisi operasional is
/// required; the formula in words, the data source, the unit and the person answerable (one of
/// the satker's people), the Renstra indicator it carries forward and the national priority it
/// serves complete it. Every field is checked and refused on its own name.
/// </summary>
public static class EditManualIku
{
    public const int PanjangMaksimum = 4000;

    public const int PanjangPrioritasNasional = 300;

    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The year.</param>
    /// <param name="KodeIndikator">The PK indicator's code.</param>
    /// <param name="Revisi">The manual's revision the form was opened on (0 for a new one).</param>
    /// <param name="Iku">Whether it is an Indikator Kinerja Utama.</param>
    /// <param name="DefinisiOperasional">What the indicator means and counts.</param>
    /// <param name="RumusUraian">Its formula in words.</param>
    /// <param name="SumberData">Where its data come from.</param>
    /// <param name="UnitPenanggungJawab">The unit answerable.</param>
    /// <param name="PenanggungJawabId">The person answerable, one of the satker's people.</param>
    /// <param name="IndikatorRenstraId">The indicator of the satker's Renstra for the year that this one carries forward.</param>
    /// <param name="PrioritasNasional">The national priority it serves, as code and name.</param>
    public sealed record Command(string KodeSatker, int Tahun, string KodeIndikator, int Revisi, bool Iku, string? DefinisiOperasional, string? RumusUraian, string? SumberData, string? UnitPenanggungJawab, int? PenanggungJawabId, int? IndikatorRenstraId = null, string? PrioritasNasional = null);

    public const string Konflik = "Manual IKU ini telah diubah oleh pengguna lain sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman, periksa perubahan itu, lalu ulangi.";

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MenyusunRencana, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var kode = c.KodeIndikator?.Trim() ?? string.Empty;
            if (!(await IndikatorTahunan.MuatAsync(db, satker.Id, c.Tahun, ct)).Barises.Any(i => i.Kode == kode))
            {
                return Gagal.TidakDitemukan($"Indikator '{TeksRingkas.Potong(kode, 20)}' tidak ada di Perjanjian Kinerja {satker.Nama} tahun {c.Tahun}.");
            }

            var isian = new PemeriksaIsian();
            var definisi = isian.Teks(c.DefinisiOperasional, PanjangMaksimum, nameof(Command.DefinisiOperasional), "definisi operasional", wajib: true);
            var rumus = isian.Teks(c.RumusUraian, PanjangMaksimum, nameof(Command.RumusUraian), "rumus");
            var sumber = isian.Teks(c.SumberData, 1000, nameof(Command.SumberData), "sumber data");
            var unit = isian.Teks(c.UnitPenanggungJawab, 200, nameof(Command.UnitPenanggungJawab), "unit penanggung jawab");
            var prioritas = isian.Teks(c.PrioritasNasional, PanjangPrioritasNasional, nameof(Command.PrioritasNasional), "prioritas nasional");
            if (c.PenanggungJawabId is { } orang && !await db.Pegawais.AnyAsync(p => p.Id == orang && p.SatkerId == satker.Id, ct))
            {
                isian.Tambah(nameof(Command.PenanggungJawabId), $"Penanggung jawab harus pegawai {satker.Nama}.");
            }

            if (c.IndikatorRenstraId is { } renstra && !await db.Renstras.AnyAsync(r => r.SatkerId == satker.Id && r.TahunAwal <= c.Tahun && r.TahunAkhir >= c.Tahun && r.Sasarans.Any(s => s.Indikators.Any(i => i.Id == renstra)), ct))
            {
                isian.Tambah(nameof(Command.IndikatorRenstraId), $"Indikator Renstra harus indikator Renstra {satker.Nama} yang mencakup tahun {c.Tahun}.");
            }

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            var m = await db.ManualIkus.SingleOrDefaultAsync(x => x.SatkerId == satker.Id && x.Tahun == c.Tahun && x.KodeIndikator == kode, ct);
            if (m is null)
            {
                m = new ManualIku { SatkerId = satker.Id, Tahun = c.Tahun, KodeIndikator = kode, DefinisiOperasional = definisi! };
                db.ManualIkus.Add(m);
            }
            else if (m.Revisi != c.Revisi)
            {
                return Gagal.Konflik(Konflik);
            }

            m.Iku = c.Iku;
            m.DefinisiOperasional = definisi!;
            m.RumusUraian = rumus;
            m.SumberData = sumber;
            m.UnitPenanggungJawab = unit;
            m.PenanggungJawabId = c.PenanggungJawabId;
            m.IndikatorRenstraId = c.IndikatorRenstraId;
            m.PrioritasNasional = prioritas;
            m.Revisi++;
            return await db.SimpanAsync(() => m.Id, ct, Konflik);
        }
    }
}
