using Sakip.App.Entities;
using Sakip.App.Features.Organisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Organisasi;

/// <summary>The demo's people (KPU Kota Bandar Lampung keeps its organisation) and short calls to the use cases.</summary>
internal static class OrganisasiUji
{
    /// <summary>An operator of 1871, its pimpinan (who reads but does not keep the organisation), and an operator of 1801.</summary>
    public static async Task<(AksesPengguna Operator, AksesPengguna Pimpinan, AksesPengguna Asing)> BuatAsync(DatabaseFixture fixture)
    {
        await fixture.MuatDemoAsync();
        return (await fixture.AksesAsync("operator.1871"), await fixture.AksesAsync("pimpinan.1871"), await fixture.AksesAsync("operator.1801"));
    }

    public static Task<GetOrganisasi.Hasil> BacaAsync(DatabaseFixture fixture, AksesPengguna a, int tahun = 2024, string satker = "1871") =>
        fixture.SendAsync<GetOrganisasi.Handler, Jawaban<GetOrganisasi.Hasil>>(h => h.HandleAsync(a, new(satker, tahun), default)).ContinueWith(t => t.Result.Pasti(), TaskScheduler.Default);

    public static Task<Jawaban<int>> PegawaiAsync(DatabaseFixture fixture, AksesPengguna a, EditPegawai.Command c) =>
        fixture.SendAsync<EditPegawai.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    public static EditPegawai.Command Ppnpn(string nama, DateOnly? mulai = null, DateOnly? selesai = null) =>
        new("1871", null, 0, JenisPegawai.Ppnpn, nama, null, "Pengemudi", null, null, mulai, selesai);
}
