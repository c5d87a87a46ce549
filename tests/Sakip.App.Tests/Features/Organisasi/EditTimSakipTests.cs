using Sakip.App.Features.Organisasi;
using Sakip.App.Keamanan;
using Sakip.Testing;

namespace Sakip.App.Tests.Features.Organisasi;

/// <summary>A year's SAKIP team decree is recorded once per satker-year, with one number and one date, and corrected only as shown.</summary>
public class EditTimSakipTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private Task<Jawaban<int>> Tulis(AksesPengguna a, EditTimSakip.Command c) => fixture.SendAsync<EditTimSakip.Handler, Jawaban<int>>(h => h.HandleAsync(a, c, default));

    [Fact]
    public async Task TheDecree_IsRecorded_Corrected_AndRefusedFieldByField()
    {
        var (op, pimpinan, asing) = await OrganisasiUji.BuatAsync(fixture);

        var salah = await Tulis(op, new("1871", 2025, 0, " ", new DateOnly(2026, 1, 5), null));
        Assert.Equal(
            [("NomorKeputusan", "Isi nomor keputusan."), ("Tentang", "Isi perihal keputusan."), ("TanggalKeputusan", "Keputusan tim tahun 2025 bertanggal pada tahun 2025 atau tahun sebelumnya.")],
            salah.Kegagalan!.Kesalahans.Select(k => (k.Bidang!, k.Pesan)));
        Assert.Equal("Isi tanggal keputusan.", (await Tulis(op, new("1871", 2025, 0, "3 Tahun 2025", null, "Tim SAKIP"))).Kegagalan!.Kesalahans.Single().Pesan);
        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(pimpinan, new("1871", 2025, 0, "3 Tahun 2025", new DateOnly(2025, 1, 6), "Tim SAKIP"))).Kegagalan!.Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await Tulis(asing, new("1871", 2025, 0, "3 Tahun 2025", new DateOnly(2025, 1, 6), "Tim SAKIP"))).Kegagalan!.Jenis);

        Assert.True((await Tulis(op, new("1871", 2025, 0, "3 Tahun 2025", new DateOnly(2024, 12, 30), "Pembentukan Tim Evaluasi Internal SAKIP 2025"))).Berhasil);
        Assert.Equal(JenisKegagalan.Konflik, (await Tulis(op, new("1871", 2025, 0, "4 Tahun 2025", new DateOnly(2025, 1, 6), "x"))).Kegagalan!.Jenis);
        Assert.True((await Tulis(op, new("1871", 2025, 1, "4 Tahun 2025", new DateOnly(2025, 1, 6), "Pembentukan Tim Evaluasi Internal SAKIP 2025"))).Berhasil);

        var tim = (await OrganisasiUji.BacaAsync(fixture, op, 2025)).TimSakip!;
        Assert.Equal(("4 Tahun 2025", new DateOnly(2025, 1, 6), 2, 0), (tim.NomorKeputusan, tim.TanggalKeputusan, tim.Revisi, tim.Anggotas.Count));
        Assert.Equal("14 Tahun 2024", (await OrganisasiUji.BacaAsync(fixture, op, 2024)).TimSakip!.NomorKeputusan);
    }
}
