using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Audit;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Audit;

/// <summary>The audit trail on a real database: what is recorded, and that tampering is found.</summary>
public class VerifyAuditTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<VerifyAudit.Hasil> Verify() => fixture.SendAsync<VerifyAudit.Handler, VerifyAudit.Hasil>(async h => (await h.HandleAsync(new VerifyAudit.Query(), default)).Pasti());

    private Task<List<JejakAudit>> Jejak(string entitas, string kunci) =>
        fixture.ExecuteDbContextAsync(db => db.JejakAudits.AsNoTracking().Where(a => a.Entitas == entitas && a.KunciEntitas == kunci).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Changes_AreRecordedWithWhoWhenWhatAndOldAndNewValues()
    {
        var satker = SatkerBuilder.Baru("KPU Uji Audit");
        await fixture.InsertAsync(satker);
        await fixture.ExecuteDbContextAsync(async db =>
        {
            var s = await db.Satkers.SingleAsync(x => x.Id == satker.Id);
            s.Nama = "KPU Uji Audit Diubah";
            return await db.SaveChangesAsync();
        });
        await fixture.ExecuteDbContextAsync(async db =>
        {
            db.Satkers.Remove(await db.Satkers.SingleAsync(x => x.Id == satker.Id));
            return await db.SaveChangesAsync();
        });

        var jejak = await Jejak(nameof(Satker), satker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([AksiAudit.Tambah, AksiAudit.Ubah, AksiAudit.Hapus], jejak.Select(j => j.Aksi));
        Assert.All(jejak, j =>
        {
            Assert.Equal("sistem", j.Pelaku);
            Assert.Equal(satker.Id, j.SatkerId);
            Assert.Equal(fixture.Clock.GetUtcNow(), j.Waktu);
        });
        using var ubah = JsonDocument.Parse(jejak[1].Perubahan);
        var nama = ubah.RootElement.GetProperty("Nama");
        Assert.Equal("KPU Uji Audit", nama.GetProperty("lama").GetString());
        Assert.Equal("KPU Uji Audit Diubah", nama.GetProperty("baru").GetString());
        Assert.False(ubah.RootElement.TryGetProperty("Kode", out _));
        using var hapus = JsonDocument.Parse(jejak[2].Perubahan);
        Assert.Equal(JsonValueKind.Null, hapus.RootElement.GetProperty("Nama").GetProperty("baru").ValueKind);
    }

    [Fact]
    public async Task Trail_IsAppendOnly()
    {
        await fixture.InsertAsync(SatkerBuilder.Baru());

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.ExecuteDbContextAsync(async db =>
        {
            var a = await db.JejakAudits.FirstAsync();
            a.Pelaku = "orang lain";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("hanya boleh ditambah", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_UntouchedTrail_Passes()
    {
        await fixture.InsertAsync(SatkerBuilder.Baru(), SatkerBuilder.Baru());

        var hasil = await Verify();

        Assert.True(hasil.Utuh, hasil.Pesan);
        Assert.True(hasil.JumlahBaris >= 2);
    }
}

/// <summary>Tampering by hand in SQL (a fixture of its own: the trail is broken afterwards).</summary>
public class VerifyAuditTamperingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<VerifyAudit.Hasil> Verify() => fixture.SendAsync<VerifyAudit.Handler, VerifyAudit.Hasil>(async h => (await h.HandleAsync(new VerifyAudit.Query(), default)).Pasti());

    [Fact]
    public async Task Verify_RowAlteredInSql_NamesThatRow_ThenARemovedRowBreaksTheLink()
    {
        for (var i = 0; i < 4; i++)
        {
            await fixture.InsertAsync(SatkerBuilder.Baru());
        }

        var ids = await fixture.ExecuteDbContextAsync(db => db.JejakAudits.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());
        Assert.True((await Verify()).Utuh);

        await fixture.ExecuteDbContextAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"JejakAudits\" SET \"Pelaku\" = 'penyusup' WHERE \"Id\" = {0}", ids[2]));
        var diubah = await Verify();

        Assert.False(diubah.Utuh);
        Assert.Equal(ids[2], diubah.IdRusak);
        Assert.Contains("telah diubah", diubah.Pesan, StringComparison.Ordinal);

        await fixture.ExecuteDbContextAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"JejakAudits\" WHERE \"Id\" = {0}", ids[1]));
        var dihapus = await Verify();

        Assert.False(dihapus.Utuh);
        Assert.Equal(ids[2], dihapus.IdRusak);
        Assert.Contains("tidak menyambung", dihapus.Pesan, StringComparison.Ordinal);
    }
}
