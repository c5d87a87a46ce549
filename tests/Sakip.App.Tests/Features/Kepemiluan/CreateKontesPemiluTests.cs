using Microsoft.EntityFrameworkCore;
using Sakip.App.Features.Kepemiluan;
using Sakip.Domain.Kepemiluan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Kepemiluan;

/// <summary>KPU RI records events and contests with their candidates; satker then import figures for them.</summary>
public class CreateKontesPemiluTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    public async Task InitializeAsync() => await fixture.MuatDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Jawaban<CreateKontesPemilu.Hasil>> CatatAsync(string akun, CreateKontesPemilu.Command c)
    {
        var pelaku = await fixture.AksesAsync(akun);
        return await fixture.SendAsync<CreateKontesPemilu.Handler, Jawaban<CreateKontesPemilu.Hasil>>(h => h.HandleAsync(pelaku, c, default));
    }

    [Fact]
    public async Task ANewEventAndContest_ThenAnotherContest_AndTheSatkerImportsForIt()
    {
        var n = DataUji.Nomor();
        var acara = $"psu-{n}";
        var h = (await CatatAsync("admin.00", new(acara, "Pemungutan Suara Ulang", "Pilkada", new DateOnly(2025, 2, 22), "bupati-1801", "Pemilihan Bupati Lampung Barat", "18.01", ["Calon A – Wakil A", "Calon B – Wakil B"]))).Pasti();
        Assert.Equal((acara, "bupati-1801", true), (h.KodeAcara, h.KodeKontes, h.AcaraBaru));
        Assert.False((await CatatAsync("admin.00", new(acara, null, null, null, "gubernur-18", "Pemilihan Gubernur Lampung", "18", []))).Pasti().AcaraBaru);

        var kontes = await fixture.ExecuteDbContextAsync(db => db.KontesPemilus.Include(k => k.Calons).Include(k => k.Acara).SingleAsync(k => k.Acara.Kode == acara && k.Kode == "bupati-1801"));
        Assert.Equal((JenisPemilihan.Pilkada, "1801", 2), (kontes.Acara.Jenis, kontes.KodeWilayah, kontes.Calons.Count));

        var operator1801 = await fixture.AksesAsync("operator.1801");
        var berkas = System.Text.Encoding.UTF8.GetBytes(string.Join(',', ["kode_wilayah", "nama_wilayah", "tingkat", .. KatalogKolom.KepalaWajib, "suara_1", "suara_2"]) + "\n180101,KECAMATAN,kecamatan,100,100,,,,,60,70,0,0,0,0,,,,,,,,,,\n");
        var impor = await fixture.SendAsync<ImportDataKepemiluan.Handler, Jawaban<ImportDataKepemiluan.Hasil>>(x => x.HandleAsync(operator1801, new("1801", acara, "bupati-1801", "data.csv", berkas), default));
        Assert.Equal(65m, impor.Pasti().Partisipasi);

        var ubah = await CatatAsync("admin.00", new(acara, null, null, null, "bupati-1801", "Pemilihan Bupati Lampung Barat", "1801", ["Calon A – Wakil A"]));
        Assert.Equal((JenisKegagalan.Konflik, "Data Pemilihan Bupati Lampung Barat sudah diimpor; calonnya tidak dapat diubah lagi."), (ubah.Jenis, ubah.Pesan));
    }

    [Fact]
    public async Task BadInput_IsNamedByField_AndOnlyKpuRiRecordsContests()
    {
        var salah = await CatatAsync("admin.00", new("Pilkada 2030", null, "pilpres", null, "x", " ", "187101", ["  "]));
        Assert.Equal(
            ["KodeAcara", "NamaKontes", "KodeWilayah", "Calons", "NamaAcara", "Jenis", "Tanggal"],
            salah.Kesalahans.Select(k => k.Bidang));
        Assert.Equal(JenisKegagalan.Ditolak, (await CatatAsync("admin.1871", new("x-1", "X", "pemilu", new DateOnly(2029, 1, 1), "y", "Y", null, []))).Jenis);
    }
}
