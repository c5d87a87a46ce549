using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>An indicator's manual is written by whoever writes the plans, checked field by field, and audited.</summary>
public class EditManualIkuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task TheManual_IsWritten_Rewritten_AndRefusedFieldByField()
    {
        var (op, pemantau, asing) = await ManualIkuUji.BuatAsync(fixture);
        var ketua = await fixture.ExecuteDbContextAsync(db => db.Pegawais.Where(p => p.Satker.Kode == "1871").Select(p => p.Id).FirstAsync());
        var lain = await fixture.ExecuteDbContextAsync(db => db.Pegawais.Where(p => p.Satker.Kode == "18").Select(p => p.Id).FirstAsync());

        var kosong = await ManualIkuUji.TulisAsync(fixture, op, "3.1", 0, "  ", lain, new string('s', 1001));
        Assert.Equal(
            [("DefinisiOperasional", "Isi definisi operasional."), ("SumberData", "Sumber data paling banyak 1.000 karakter; tertulis 1.001."), ("PenanggungJawabId", "Penanggung jawab harus pegawai KPU Kota Bandar Lampung.")],
            kosong.Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await ManualIkuUji.TulisAsync(fixture, op, "9.9", 0, "x")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await ManualIkuUji.TulisAsync(fixture, pemantau, "3.1", 0, "x")).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await ManualIkuUji.TulisAsync(fixture, asing, "3.1", 0, "x")).Jenis);

        await ManualIkuUji.TulisAsync(fixture, op, "3.1", 0, "Persentase pemilih DPT yang menggunakan hak pilihnya.", ketua).ContinueWith(t => Sakip.Testing.Builders.DataUji.Pasti(t.Result), TaskScheduler.Default);
        var m = await ManualIkuUji.BacaAsync(fixture, pemantau, "3.1");
        Assert.Equal((true, true, "Persentase pemilih DPT yang menggunakan hak pilihnya.", "Sirekap dan D.Hasil", 1), (m.Ditulis, m.Iku, m.DefinisiOperasional, m.SumberData, m.Revisi));
        Assert.False(m.BolehUbah);
        Assert.Equal(JenisKegagalan.Konflik, (await ManualIkuUji.TulisAsync(fixture, op, "3.1", 0, "lagi")).Jenis);
        Assert.True((await ManualIkuUji.TulisAsync(fixture, op, "3.1", 1, "Diubah.")).Berhasil);
        Assert.Equal("Diubah.", (await ManualIkuUji.BacaAsync(fixture, op, "3.1")).DefinisiOperasional);
        Assert.Equal(2, await fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(ManualIku))));
    }
}
