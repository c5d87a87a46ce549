using Sakip.App.Features.Anggaran;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Anggaran;

/// <summary>A revision recorded without a file: a new state with the same lines, counted.</summary>
public class RecordRevisiAnggaranTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<RecordRevisiAnggaran.Hasil>> CatatAsync(AnggaranUji a, ImportAnggaran.DataRevisi revisi, AksesPengguna? pelaku = null) =>
        fixture.SendAsync<RecordRevisiAnggaran.Handler, Jawaban<RecordRevisiAnggaran.Hasil>>(h => h.HandleAsync(pelaku ?? a.Operator, new(a.Kode, 2024, revisi), default));

    [Fact]
    public async Task ARevision_IsANewStateWithTheSameLines_AndTheCountFollows()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        Assert.Equal("DIPA 2024 " + a.Satker.Nama + " belum dimuat; impor DIPA awal lebih dulu.", (await CatatAsync(a, AnggaranUji.Revisi(2))).Pesan);
        (await a.ImporAsync(fixture, AnggaranUji.Berkas())).Pasti();

        Assert.Equal("revisi ke-1", (await CatatAsync(a, AnggaranUji.Revisi(2))).Pasti().Versi);
        Assert.Equal("revisi ke-2", (await CatatAsync(a, new(JenisRevisiAnggaran.RevisiKanwil, new DateOnly(2024, 2, 15), "Perubahan halaman III DIPA"))).Pasti().Versi);

        var data = (await a.BacaAsync(fixture)).Pasti().Data;
        Assert.Equal(2, data.JumlahRevisi);
        Assert.Equal([JenisRevisiAnggaran.DipaAwal, JenisRevisiAnggaran.RevisiPok, JenisRevisiAnggaran.RevisiKanwil], data.Versis.Select(v => v.Jenis));
        Assert.All(data.Versis, v => Assert.Equal(5, v.Barises.Count));
        Assert.All(data.Perubahan, p => Assert.Empty(p));
        Assert.Equal(850_000m, data.Pohon!.Jumlah.Realisasi);
    }

    [Fact]
    public async Task AnEarlierDate_NoReason_OrAnotherRole_AreRefused()
    {
        var a = await AnggaranUji.BuatAsync(fixture);
        (await a.ImporAsync(fixture, AnggaranUji.Berkas())).Pasti();
        (await CatatAsync(a, AnggaranUji.Revisi(5))).Pasti();

        Assert.Equal("Tanggal revisi 15 April 2024 lebih awal dari revisi ke-1 (15 Mei 2024); revisi dicatat berurutan.", (await CatatAsync(a, AnggaranUji.Revisi(4))).Pesan);
        Assert.Equal("Tulis alasan revisi (paling panjang 500 huruf).", (await CatatAsync(a, new(JenisRevisiAnggaran.RevisiPok, new DateOnly(2024, 6, 1), " "))).Pesan);
        Assert.Equal(JenisKegagalan.Ditolak, (await CatatAsync(a, AnggaranUji.Revisi(6), a.Pemantau)).Jenis);
        Assert.Equal(1, (await a.BacaAsync(fixture)).Pasti().Data.JumlahRevisi);
    }
}
