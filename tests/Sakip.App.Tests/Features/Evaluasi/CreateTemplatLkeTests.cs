using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>An administrator of KPU RI copies a template into a new version under a new code; bad fields are named, others refused.</summary>
public class CreateTemplatLkeTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task ACopy_IsStoredUnderItsNewCodeAndYears_AndBadFieldsAreNamed()
    {
        var admin = await TemplatLkeUji.AdminPusatAsync(fixture);
        Assert.Equal("kpu-2027", (await TemplatLkeUji.SalinAsync(fixture, admin, "kpu-2027", 2027, tahunAkhir: 2029)).Pasti());
        var t = (await TemplatLkeUji.BacaAsync(fixture, admin, null)).Templats.Single(x => x.Kode == "kpu-2027");
        Assert.Equal(("LKE KPU kpu-2027", 2027, (int?)2029, 80, false, 0), (t.Nama, t.TahunAwal, t.TahunAkhir, t.JumlahKriteria, t.Bawaan, t.Dipakai));
        Assert.Equal(1, await TemplatLkeUji.AuditAsync(fixture));

        Assert.Equal(["Kode"], (await TemplatLkeUji.SalinAsync(fixture, admin, "kpu-2027", 2027)).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(["Kode"], (await TemplatLkeUji.SalinAsync(fixture, admin, "kpu 2027/baru", 2027)).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(["KodeSumber"], (await TemplatLkeUji.SalinAsync(fixture, admin, "kpu-x", 2027, sumber: "tidak-ada")).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(["TahunAkhir"], (await TemplatLkeUji.SalinAsync(fixture, admin, "kpu-y", 2027, tahunAkhir: 2026)).Kesalahans.Select(k => k.Bidang!));
        Assert.Equal(JenisKegagalan.Ditolak, (await TemplatLkeUji.SalinAsync(fixture, await fixture.AksesAsync("admin.1871"), "kpu-z", 2027)).Jenis);
        Assert.False(await TemplatLkeUji.AdaAsync(fixture, "kpu-x") || await TemplatLkeUji.AdaAsync(fixture, "kpu-y") || await TemplatLkeUji.AdaAsync(fixture, "kpu-z"));
    }
}
