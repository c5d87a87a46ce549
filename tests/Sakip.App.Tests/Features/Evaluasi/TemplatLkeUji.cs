using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>The administrator of KPU RI (the demo's admin.00) and helpers for the template use cases.</summary>
internal static class TemplatLkeUji
{
    public static async Task<AksesPengguna> AdminPusatAsync(DatabaseFixture fixture)
    {
        await fixture.MuatDemoAsync();
        return await fixture.AksesAsync("admin.00");
    }

    public static Task<Jawaban<string>> SalinAsync(DatabaseFixture fixture, AksesPengguna a, string kode, int tahunAwal, string sumber = "88-2021", int? tahunAkhir = null) =>
        fixture.SendAsync<CreateTemplatLke.Handler, Jawaban<string>>(h => h.HandleAsync(a, new(sumber, kode, "LKE KPU " + kode, tahunAwal, tahunAkhir), default));

    public static Task<GetTemplatLke.Hasil> BacaAsync(DatabaseFixture fixture, AksesPengguna a, string? kode) =>
        fixture.SendAsync<GetTemplatLke.Handler, Jawaban<GetTemplatLke.Hasil>>(h => h.HandleAsync(a, new(kode), default)).ContinueWith(t => t.Result.Nilai!, TaskScheduler.Default);

    /// <summary>The editor's rows as the page would send them back unchanged.</summary>
    public static List<EditTemplatLke.Baris> Baris(GetTemplatLke.Hasil d) =>
        [.. d.Barises.Select(b => new EditTemplatLke.Baris { Kode = b.Kode, Nama = b.Nama, Bobot = b.Bobot, Jenis = b.Jenis, Skala = b.Skala, Baru = b.Baru })];

    public static Task<Jawaban<int>> UbahAsync(DatabaseFixture fixture, AksesPengguna a, GetTemplatLke.Hasil d, List<EditTemplatLke.Baris> barises, string? nama = null) =>
        fixture.SendAsync<EditTemplatLke.Handler, Jawaban<int>>(h => h.HandleAsync(a, new(d.Templat!.Kode, d.Templat.Revisi, nama ?? d.Templat.Nama, d.Templat.TahunAwal, d.Templat.TahunAkhir, barises), default));

    public static Task<bool> AdaAsync(DatabaseFixture fixture, string kode) => fixture.ExecuteDbContextAsync(db => db.TemplatLkeTersimpans.AnyAsync(t => t.Kode == kode));

    public static Task<int> AuditAsync(DatabaseFixture fixture) => fixture.ExecuteDbContextAsync(db => db.JejakAudits.CountAsync(j => j.Entitas == nameof(TemplatLkeTersimpan)));
}
