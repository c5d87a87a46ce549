using Sakip.App.Features.Perjanjian;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Perjanjian;

/// <summary>The demo's KPU Kota Bandar Lampung 2024 and the manual of one of its indicators, written by its operator.</summary>
internal static class ManualIkuUji
{
    public static async Task<(AksesPengguna Operator, AksesPengguna Pemantau, AksesPengguna Asing)> BuatAsync(DatabaseFixture fixture)
    {
        await fixture.MuatDemoAsync();
        return (await fixture.AksesAsync("operator.1871"), await fixture.AksesAsync("pemantau.1871"), await fixture.AksesAsync("operator.1801"));
    }

    public static Task<Jawaban<int>> TulisAsync(DatabaseFixture fixture, AksesPengguna a, string kode, int revisi, string? definisi, int? orang = null, string? sumber = "Sirekap dan D.Hasil", string kodeSatker = "1871") =>
        fixture.SendAsync<EditManualIku.Handler, Jawaban<int>>(h => h.HandleAsync(a, new(kodeSatker, 2024, kode, revisi, true, definisi, "pengguna hak pilih dibagi DPT dikali 100", sumber, "Subbagian Teknis", orang), default));

    public static Task<GetManualIku.Hasil> BacaAsync(DatabaseFixture fixture, AksesPengguna a, string kode) =>
        fixture.SendAsync<GetManualIku.Handler, Jawaban<GetManualIku.Hasil>>(h => h.HandleAsync(a, new("1871", 2024, kode), default)).ContinueWith(t => t.Result.Pasti(), TaskScheduler.Default);
}
