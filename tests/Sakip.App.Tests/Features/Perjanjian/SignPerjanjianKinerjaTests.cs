using Sakip.App.Entities;
using Sakip.App.Features.Perjanjian;
using Sakip.Domain.Periode;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>The pimpinan signs a draft: complete drafts only, dated in WIB, once.</summary>
public class SignPerjanjianKinerjaTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Tanda(App.Keamanan.AksesPengguna a, int id) =>
        fixture.SendAsync<SignPerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(a, new(id), default));

    [Fact]
    public async Task OnlyThePimpinanSigns_ACompleteDraft_Once()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var pimpinan = await fixture.PelakuAsync(Peran.Pimpinan, satker);
        var pegawai = await PerjanjianUji.PegawaiAsync(fixture, satker);
        var pk = (await fixture.SendAsync<CreatePerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(op, new(satker.Kode, 2027, null, pegawai[0], null, null), default))).Pasti();

        Assert.Equal("Perjanjian Kinerja tanpa indikator tidak dapat ditandatangani.", (await Tanda(pimpinan, pk)).Pesan);
        (await fixture.SendAsync<EditIndikatorPerjanjianKinerja.Handler, Jawaban<int?>>(h => h.HandleAsync(op, new(pk, 0, null, null, "Sasaran", "Indikator", null, null, Domain.Capaian.Polaritas.Naik, JenisPeriode.Tahun, CaraAkumulasi.Terakhir, null, null), default))).Pasti();
        Assert.StartsWith("Target indikator 1.1 belum ditetapkan", (await Tanda(pimpinan, pk)).Pesan, StringComparison.Ordinal);
        (await fixture.SendAsync<EditTargetPerjanjianKinerja.Handler, Jawaban<int>>(async h => await h.HandleAsync(op, new(pk, new Dictionary<int, string> { [(await PerjanjianUji.BacaAsync(fixture, pk)).Sasarans.Single().Indikators.Single().Id] = "90 %" }), default))).Pasti();

        Assert.Equal(JenisKegagalan.Ditolak, (await Tanda(op, pk)).Jenis);
        Assert.True((await Tanda(pimpinan, pk)).Berhasil);
        var ditandatangani = await PerjanjianUji.BacaAsync(fixture, pk);
        Assert.Equal((StatusPerjanjianKinerja.Ditandatangani, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().AddHours(7).DateTime)), (ditandatangani.Status, ditandatangani.Tanggal!.Value));
        Assert.Equal("Perjanjian Kinerja ini sudah ditandatangani dan terkunci.", (await Tanda(pimpinan, pk)).Pesan);
    }
}
