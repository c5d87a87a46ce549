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
    public static async Task<RealisasiUji> BuatAsync(DatabaseFixture fixture)
    {
        var satker = await fixture.SatkerAsync();
        var ind = new IndikatorKinerja { Kode = "1.1", Uraian = "Persentase laporan tepat waktu", JenisTarget = JenisTarget.Angka, TargetNilai = 90, Satuan = "persen", Periodisitas = JenisPeriode.Triwulan };
        var pk = await fixture.PerjanjianAsync(new PerjanjianKinerjaBuilder(satker).WithIndikator(ind));
        return new RealisasiUji(
            satker,
            pk,
            pk.Sasarans.Single().Indikators.Single().Id,
            await fixture.PelakuAsync(Peran.Operator, satker),
            await fixture.PelakuAsync(Peran.Pimpinan, satker),
            await fixture.PelakuAsync(Peran.Administrator, satker));
    }

    /// <summary>The operator submits TW <paramref name="triwulan"/> with a PDF as evidence.</summary>
    public async Task<RecordRealisasi.Hasil> AjukanAsync(DatabaseFixture fixture, int triwulan = 1, string nilai = "92 %") =>
        (await fixture.SendAsAsync<RecordRealisasi.Handler, Jawaban<RecordRealisasi.Hasil>>(Operator, h => h.HandleAsync(Operator, new RecordRealisasi.Command(
            IndikatorId, triwulan, nilai, new Dictionary<string, string>(), "Laporan terkirim.", [new("bukti.pdf", RecordRealisasiTests.Pdf)], true, null), default))).Pasti();
}
