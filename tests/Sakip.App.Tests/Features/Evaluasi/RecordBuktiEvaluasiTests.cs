using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Entities;
using Sakip.App.Features.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Testing;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Features.Evaluasi;

/// <summary>
/// Evidence files are attached to a criterion by those who answer the open round, sniffed and
/// stored once per content; a file of an earlier round stays; a finished evaluation's are locked.
/// </summary>
public class RecordBuktiEvaluasiTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private Task<Jawaban<int>> LampirkanAsync(AksesPengguna a, int tahun, string kode, params (string, byte[])[] berkas) =>
        fixture.SendAsync<RecordBuktiEvaluasi.Handler, Jawaban<int>>(h => h.HandleAsync(a, new("1871", tahun, kode, berkas), default));

    private Task<Jawaban<int>> HapusAsync(AksesPengguna a, int tahun, string kode, int id) =>
        fixture.SendAsync<RecordBuktiEvaluasi.Handler, Jawaban<int>>(h => h.HandleAsync(a, new("1871", tahun, kode, [], id), default));

    [Fact]
    public async Task TheSatkerAttachesEvidence_InItsRound_TheEvaluatorInHis_AndEarlierRoundsFilesStay()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2024)).Pasti();
        Assert.Equal(2, (await LampirkanAsync(p.Operator, 2024, "1.a.1", ("sk-renstra.pdf", Pdf), ("salinan.pdf", Pdf))).Pasti());
        Assert.Equal(1, await fixture.ExecuteDbContextAsync(db => db.Set<Berkas>().CountAsync(b => b.Ukuran == Pdf.Length)));

        var baris = (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2024)).Komponens[0].SubKomponens[0].Barises.Single(b => b.Kode == "1.a.1");
        Assert.Equal([("sk-renstra.pdf", JenisPutaran.Mandiri, true), ("salinan.pdf", JenisPutaran.Mandiri, true)], baris.Buktis!.Select(b => (b.Nama, b.Putaran, b.BolehHapus)));
        Assert.All((await EvaluasiUji.BacaAsync(fixture, p.Pemantau, 2024)).Komponens[0].SubKomponens[0].Barises.Single(b => b.Kode == "1.a.1").Buktis!, b => Assert.False(b.BolehHapus));
        Assert.Equal(baris.Buktis![1].Id, (await HapusAsync(p.Operator, 2024, "1.a.1", baris.Buktis[1].Id)).Pasti());
        Assert.True(await fixture.ExecuteDbContextAsync(db => db.JejakAudits.AnyAsync(j => j.Entitas == nameof(BuktiEvaluasi) && j.Aksi == AksiAudit.Hapus)));

        // The evaluator cannot attach in the satker's round; once it is submitted he can in his, and the satker's file stays.
        Assert.Equal(JenisKegagalan.Ditolak, (await LampirkanAsync(p.Evaluator, 2024, "1.a.1", ("kertas-kerja.pdf", Pdf))).Jenis);
        await EvaluasiUji.JawabSemuaAsync(fixture, p.Operator, 2024, JenisPutaran.Mandiri, _ => "BB");
        (await EvaluasiUji.AjukanAsync(fixture, p.Operator, 2024, JenisPutaran.Mandiri, (await EvaluasiUji.BacaAsync(fixture, p.Operator, 2024)).Revisi)).Pasti();
        Assert.Equal(JenisKegagalan.Ditolak, (await LampirkanAsync(p.Operator, 2024, "1.a.1", ("lagi.pdf", Pdf))).Jenis);
        (await LampirkanAsync(p.Evaluator, 2024, "1.a.1", ("kertas-kerja.pdf", Pdf))).Pasti();
        var hapus = await HapusAsync(p.Evaluator, 2024, "1.a.1", baris.Buktis[0].Id);
        Assert.Equal((JenisKegagalan.TidakSah, "Berkas 'sk-renstra.pdf' dilampirkan pada evaluasi mandiri yang sudah diajukan; berkas itu tetap."), (hapus.Jenis, hapus.Pesan));

        var unduh = (await fixture.SendAsync<GetBuktiEvaluasi.Handler, Jawaban<GetBuktiEvaluasi.Hasil>>(h => h.HandleAsync(p.Pemantau, new(baris.Buktis[0].Id), default))).Pasti();
        Assert.Equal(("sk-renstra.pdf", "application/pdf"), (unduh.NamaUnduhan, unduh.JenisKonten));
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await fixture.SendAsync<GetBuktiEvaluasi.Handler, Jawaban<GetBuktiEvaluasi.Hasil>>(h => h.HandleAsync(p.Asing, new(baris.Buktis[0].Id), default))).Jenis);
    }

    [Fact]
    public async Task BadFiles_UnknownCriteria_AndFinishedEvaluations_AreRefused_WithNothingWritten()
    {
        var p = await EvaluasiUji.BuatAsync(fixture);
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await LampirkanAsync(p.Operator, 2023, "1.a.1", ("a.pdf", Pdf))).Jenis);
        (await EvaluasiUji.BukaAsync(fixture, p.Evaluator, 2023)).Pasti();
        Assert.Equal(JenisKegagalan.TidakDitemukan, (await LampirkanAsync(p.Operator, 2023, "9.z.9", ("a.pdf", Pdf))).Jenis);
        Assert.Equal(["Berkas 'catatan.txt' bukan PDF, JPEG, PNG, XLSX atau DOCX (yang diperiksa isi berkasnya, bukan namanya)."], (await LampirkanAsync(p.Operator, 2023, "1.a.1", ("catatan.txt", Encoding.UTF8.GetBytes("hanya teks")))).Kesalahans.Select(k => k.Pesan));
        Assert.Equal(["Pilih berkas bukti yang akan dilampirkan."], (await LampirkanAsync(p.Operator, 2023, "1.a.1")).Kesalahans.Select(k => k.Pesan));
        Assert.Equal(JenisKegagalan.Ditolak, (await LampirkanAsync(p.Pemantau, 2023, "1.a.1", ("a.pdf", Pdf))).Jenis);
        Assert.Equal(JenisKegagalan.Ditolak, (await LampirkanAsync(p.Asing, 2023, "1.a.1", ("a.pdf", Pdf))).Jenis);
        Assert.False(await fixture.ExecuteDbContextAsync(db => db.Set<BuktiEvaluasi>().AnyAsync(b => b.Kode == "1.a.1" && db.EvaluasiAkips.Any(e => e.Id == b.EvaluasiAkipId && e.Tahun == 2023))));

        await EvaluasiUji.SelesaikanAsync(fixture, p, 2022, _ => "BB");
        Assert.Equal(JenisKegagalan.Konflik, (await LampirkanAsync(p.Evaluator, 2022, "1.a.1", ("a.pdf", Pdf))).Jenis);
    }
}
