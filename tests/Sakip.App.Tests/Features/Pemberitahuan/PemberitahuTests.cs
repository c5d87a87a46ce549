using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Features.Perjanjian;
using Sakip.App.Features.Realisasi;
using Sakip.App.Tests.Features.Realisasi;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Pemberitahuan;

/// <summary>
/// Who is told what, by the changes that notify: a submission tells the pimpinan, a decision tells
/// the satker's operators and administrators, a signature tells them too; never the actor, never
/// an inactive account; and with SMTP configured the message reaches a mail server.
/// </summary>
public class PemberitahuTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Submitting_TellsThePimpinan_NotTheOperatorNorAnotherSatker()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var lain = await RealisasiUji.BuatAsync(fixture);

        await uji.RekamAsync(fixture, uji.Operator, "50 %", ajukan: false);
        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, uji.Pimpinan.PenggunaId));

        await uji.RekamAsync(fixture, uji.Operator, "92 %", ajukan: true, revisi: 1, 1, new RecordRealisasi.BerkasUnggah("bukti.pdf", RecordRealisasiTests.Pdf));
        var n = Assert.Single(await PemberitahuanUji.MilikAsync(fixture, uji.Pimpinan.PenggunaId));
        Assert.Equal(JenisPemberitahuan.MenungguVerifikasi, n.Jenis);
        Assert.Equal($"{uji.Operator.NamaPengguna} mengajukan realisasi 1.1 TW I 2024 ({uji.Satker.Nama}) untuk diverifikasi.", n.Judul);
        Assert.Equal($"/Realisasi/Isi?indikator={uji.IndikatorId}&periode=1", n.Tautan);
        Assert.Null(n.DibacaPada);
        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId));
        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, lain.Pimpinan.PenggunaId));
    }

    [Fact]
    public async Task ReturningAndVerifying_TellTheOperatorsAndAdministrators_WithTheNote()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var nonaktif = await fixture.PelakuAsync(Peran.Operator, uji.Satker);
        await fixture.ExecuteDbContextAsync(async db =>
        {
            (await db.Set<Entities.Pengguna>().SingleAsync(p => p.Id == nonaktif.PenggunaId)).Aktif = false;
            return await db.SaveChangesAsync();
        });
        var r = await uji.AjukanAsync(fixture);

        (await uji.PutuskanAsync(fixture, uji.Pimpinan, r.RealisasiId, false, "Lampirkan berita acara.", 1)).Pasti();
        foreach (var penerima in new[] { uji.Operator, uji.Administrator })
        {
            var n = Assert.Single(await PemberitahuanUji.MilikAsync(fixture, penerima.PenggunaId));
            Assert.Equal(JenisPemberitahuan.Dikembalikan, n.Jenis);
            Assert.EndsWith("1.1 TW I 2024 (" + uji.Satker.Nama + "): Lampirkan berita acara.", n.Judul, StringComparison.Ordinal);
        }

        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, nonaktif.PenggunaId));

        await uji.RekamAsync(fixture, uji.Operator, "93 %", ajukan: true, revisi: 2);
        Assert.Equal(2, (await PemberitahuanUji.MilikAsync(fixture, uji.Pimpinan.PenggunaId)).Count);
        (await uji.PutuskanAsync(fixture, uji.Pimpinan, r.RealisasiId, true, null, 3)).Pasti();
        var terakhir = (await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId))[^1];
        Assert.Equal((JenisPemberitahuan.Diverifikasi, $"{uji.Pimpinan.NamaPengguna} memverifikasi realisasi 1.1 TW I 2024 ({uji.Satker.Nama})."), (terakhir.Jenis, terakhir.Judul));
    }

    [Fact]
    public async Task ARefusedChange_TellsNobody()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var r = await uji.AjukanAsync(fixture);
        Assert.False((await uji.PutuskanAsync(fixture, uji.Pimpinan, r.RealisasiId, false, " ", 1)).Berhasil);
        Assert.False((await uji.PutuskanAsync(fixture, uji.Operator, r.RealisasiId, true, null, 1)).Berhasil);
        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, uji.Operator.PenggunaId));
        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, uji.Administrator.PenggunaId));
    }

    [Fact]
    public async Task Signing_TellsTheOperators()
    {
        var satker = await fixture.SatkerAsync();
        var op = await fixture.PelakuAsync(Peran.Operator, satker);
        var pimpinan = await fixture.PelakuAsync(Peran.Pimpinan, satker);
        var draf = new PerjanjianKinerjaBuilder(satker).WithTahun(2025).WithIndikator("1.1", 90, null).Build();
        draf.Status = StatusPerjanjianKinerja.Draf;
        var pk = await fixture.PerjanjianAsync(draf);

        var tanda = await fixture.SendAsync<SignPerjanjianKinerja.Handler, Jawaban<int>>(h => h.HandleAsync(pimpinan, new(pk.Id), default));
        Assert.True(tanda.Berhasil, tanda.Pesan);
        var n = Assert.Single(await PemberitahuanUji.MilikAsync(fixture, op.PenggunaId));
        Assert.Equal((JenisPemberitahuan.Ditandatangani, $"/PerjanjianKinerja/Lihat?id={pk.Id}"), (n.Jenis, n.Tautan));
        Assert.Contains("realisasinya dapat diisi", n.Judul, StringComparison.Ordinal);
        Assert.Empty(await PemberitahuanUji.MilikAsync(fixture, pimpinan.PenggunaId));
    }

    [Fact]
    public async Task WithSmtp_AReaderWithAnAddress_GetsTheMessageOnTheWire()
    {
        var uji = await RealisasiUji.BuatAsync(fixture);
        var tanpaSurel = await fixture.PelakuAsync(Peran.Pimpinan, uji.Satker);
        await fixture.ExecuteDbContextAsync(async db =>
        {
            (await db.Set<Entities.Pengguna>().SingleAsync(p => p.Id == uji.Pimpinan.PenggunaId)).Surel = "ketua@kpu-bandarlampung.go.id";
            return await db.SaveChangesAsync();
        });
        await using var smtp = new PendengarSmtp();
        var pengaturan = new PengaturanSurel("127.0.0.1", smtp.Port, "None", null, null, "sakip@kpu.go.id", "https://sakip.kpu.go.id/");

        // The handlers as the web app builds them, with SMTP configured.
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SakipDbContext>();
            var rekam = new RecordRealisasi.Handler(db, fixture.Clock, new App.BatasPenyimpanan(1024 * 1024 * 1024), new Pemberitahu(db, pengaturan, fixture.Clock));
            (await rekam.HandleAsync(uji.Operator, new RecordRealisasi.Command(uji.IndikatorId, 1, "92 %", new Dictionary<string, string>(), "Lengkap.", [new("bukti.pdf", RecordRealisasiTests.Pdf)], true, null), default)).Pasti();
        }

        var antre = await fixture.ExecuteDbContextAsync(db => db.SuratKeluars.AsNoTracking().Where(s => s.Kepada == "ketua@kpu-bandarlampung.go.id").ToListAsync());
        Assert.Null(Assert.Single(antre).TerkirimPada);
        Assert.Equal(2, (await fixture.ExecuteDbContextAsync(db => db.Pemberitahuans.CountAsync(n => n.SatkerId == uji.Satker.Id))));

        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var kirim = new SendSurat.Handler(scope.ServiceProvider.GetRequiredService<SakipDbContext>(), new PengirimSmtp(pengaturan), fixture.Clock);
            var hasil = (await kirim.HandleAsync(new SendSurat.Command(), default)).Pasti();
            Assert.True(hasil.Terkirim >= 1);
        }

        var surat = (await smtp.TungguAsync(1)).Single(s => s.Kepada.Contains("ketua@kpu-bandarlampung.go.id"));
        Assert.Equal("sakip@kpu.go.id", surat.Dari);
        using var mentah = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(surat.Data));
        var pesan = await MimeMessage.LoadAsync(mentah);
        Assert.Equal($"[Sakip] {uji.Operator.NamaPengguna} mengajukan realisasi 1.1 TW I 2024 ({uji.Satker.Nama}) untuk diverifikasi.", pesan.Subject);
        Assert.Contains($"https://sakip.kpu.go.id/Realisasi/Isi?indikator={uji.IndikatorId}&periode=1", pesan.TextBody, StringComparison.Ordinal);
        Assert.NotNull((await fixture.ExecuteDbContextAsync(db => db.SuratKeluars.AsNoTracking().SingleAsync(s => s.Id == antre[0].Id))).TerkirimPada);
        Assert.Empty(await fixture.ExecuteDbContextAsync(db => db.SuratKeluars.AsNoTracking().Where(s => s.Kepada == string.Empty).ToListAsync()));
        Assert.Single(await PemberitahuanUji.MilikAsync(fixture, tanpaSurel.PenggunaId));
    }
}
