using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Laporan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Laporan;

/// <summary>A draft is sent for review only when its check finds nothing blocking; the evaluators are told.</summary>
public class SendLaporanKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task BlockingFindings_AreTheRefusal_ThenItGoesToReview()
    {
        var uji = await LaporanUji.BuatAsync(fixture);
        var id = await uji.VersiBaruAsync();
        Task<Jawaban<int>> Kirim(App.Keamanan.AksesPengguna a) => uji.LangkahAsync<SendLaporanKinerja.Handler>(id, (h, r) => h.HandleAsync(a, new(id, r), default));

        var tolak = await Kirim(uji.Operator);
        Assert.Equal(JenisKegagalan.TidakSah, tolak.Jenis);
        Assert.Contains(tolak.Kesalahans, k => k.Pesan == "Bagian Kata Pengantar belum diisi.");

        await uji.IsiSemuaAsync(id);
        Assert.Equal(JenisKegagalan.Ditolak, (await Kirim(uji.Pimpinan)).Jenis);
        (await Kirim(uji.Operator)).Pasti();
        Assert.Equal(StatusLaporanKinerja.DalamReviu, (await uji.LihatAsync(id)).Status);
        Assert.Equal("Laporan Kinerja versi 1 berstatus dalam reviu; langkah ini hanya untuk laporan yang berstatus draf.", (await Kirim(uji.Operator)).Pesan);

        var evaluatorId = uji.Evaluator.PenggunaId;
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.Pemberitahuans.AnyAsync(p => p.PenggunaId == evaluatorId && p.Jenis == JenisPemberitahuan.LaporanKinerja && p.Tautan == $"/Laporan/Lihat?id={id}")));
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.JejakAudits.AnyAsync(j => j.Entitas == nameof(LaporanKinerja) && j.Aksi == AksiAudit.Ajukan)));
    }
}
