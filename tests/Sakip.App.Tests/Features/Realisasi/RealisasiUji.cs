using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Realisasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Realisasi;

/// <summary>A signed agreement of a fresh satker with a quarterly indicator, and its people: the arrange step of the realisasi tests.</summary>
internal sealed record RealisasiUji(Satker Satker, PerjanjianKinerja Pk, int IndikatorId, AksesPengguna Operator, AksesPengguna Pimpinan, AksesPengguna Administrator)
{
    /// <param name="fixture">The test's database.</param>
    /// <param name="periodisitas">How often the indicator (target 90 %) is measured; quarterly unless said.</param>
    /// <param name="induk">The satker above the new one, when the test needs a province.</param>
    public static async Task<RealisasiUji> BuatAsync(DatabaseFixture fixture, JenisPeriode periodisitas = JenisPeriode.Triwulan, Satker? induk = null)
    {
        var satker = await fixture.SatkerAsync(induk);
        var ind = new IndikatorKinerja { Kode = "1.1", Uraian = "Persentase laporan tepat waktu", JenisTarget = JenisTarget.Angka, TargetNilai = 90, Satuan = "persen", Periodisitas = periodisitas };
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator(ind));
        return new RealisasiUji(
            satker,
            pk,
            pk.Sasarans.Single().Indikators.Single().Id,
            await fixture.PelakuAsync(Peran.Operator, satker),
            await fixture.PelakuAsync(Peran.Pimpinan, satker),
            await fixture.PelakuAsync(Peran.Administrator, satker));
    }

    /// <summary>The operator records period <paramref name="triwulan"/> (a draft, or submitted with a PDF as evidence).</summary>
    public Task<Jawaban<RecordRealisasi.Hasil>> RekamAsync(DatabaseFixture fixture, AksesPengguna pelaku, string? nilai, bool ajukan, int? revisi = null, int triwulan = 1, params RecordRealisasi.BerkasUnggah[] berkas) =>
        fixture.SendAsAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(pelaku, h => h.HandleAsync(pelaku, new RecordRealisasi.Command(
            IndikatorId, triwulan, nilai, new Dictionary<string, string>(), "Dokumen lengkap.", berkas, ajukan, revisi), default));

    /// <summary>The pimpinan (or whoever <paramref name="pelaku"/> is) decides on a submitted realisasi.</summary>
    public Task<Jawaban<StatusRealisasi>> PutuskanAsync(DatabaseFixture fixture, AksesPengguna pelaku, int realisasiId, bool setuju, string? catatan, int revisi) =>
        fixture.SendAsAsync<VerifyRealisasi.Handler, Jawaban<StatusRealisasi>>(pelaku, h => h.HandleAsync(pelaku, new VerifyRealisasi.Command(realisasiId, setuju, catatan, revisi), default));

    /// <summary>The stored realisasi of the indicator (first period recorded), with its evidence.</summary>
    public Task<RealisasiKinerja?> TersimpanAsync(DatabaseFixture fixture) =>
        fixture.ExecuteDbContextAsync(db => db.RealisasiKinerjas.AsNoTracking().Include(r => r.Buktis).SingleOrDefaultAsync(r => r.IndikatorKinerjaId == IndikatorId));

    /// <summary>The operator submits TW <paramref name="triwulan"/> with a PDF as evidence.</summary>
    public async Task<RecordRealisasi.Hasil> AjukanAsync(DatabaseFixture fixture, int triwulan = 1, string nilai = "92 %") =>
        (await fixture.SendAsAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(Operator, h => h.HandleAsync(Operator, new RecordRealisasi.Command(
            IndikatorId, triwulan, nilai, new Dictionary<string, string>(), "Laporan terkirim.", [new("bukti.pdf", RecordRealisasiTests.Pdf)], true, null), default))).Pasti();
}
