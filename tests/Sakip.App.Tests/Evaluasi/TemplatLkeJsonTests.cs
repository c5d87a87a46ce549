using System.Text;
using Sakip.App.Evaluasi;
using Sakip.Domain.Evaluasi;
using Sakip.Testing.Builders;

namespace Sakip.App.Tests.Evaluasi;

/// <summary>The shipped LKE templates are the regulation's, and a bad template file is refused naming the file and where.</summary>
public class TemplatLkeJsonTests
{
    private static Jawaban<TemplatLke> Baca(string json) => TemplatLkeJson.Baca(new MemoryStream(Encoding.UTF8.GetBytes(json)), "lke-saya.json");

    [Fact]
    public void The88_2021Template_HasItsFourComponents_TwelveSubComponents_And80Criteria()
    {
        var t = TemplatLkeJson.Bawaan("88-2021").Pasti();
        Assert.Equal([30m, 30m, 15m, 25m], t.Komponens.Select(k => k.Bobot));
        Assert.Equal(["Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja", "Evaluasi Akuntabilitas Kinerja Internal"], t.Komponens.Select(k => k.Nama));
        Assert.All(t.Komponens, k => Assert.Equal([20m, 30m, 50m], k.SubKomponens.Select(s => s.Bobot / k.Bobot * 100m)));
        Assert.All(t.Komponens, k => Assert.Equal([JenisSubKomponen.Keberadaan, JenisSubKomponen.Kualitas, JenisSubKomponen.Pemanfaatan], k.SubKomponens.Select(s => s.Jenis)));
        Assert.Equal([6, 11, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5], t.SemuaSubKomponen.Select(s => s.Kriterias.Count));
        Assert.Equal(80, t.SemuaKriteria.Count());
        Assert.All(t.SemuaKriteria, x => Assert.Equal("AA-E", x.Kriteria.KodeSkala));
        Assert.Equal("Terdapat pedoman teknis perencanaan kinerja.", t.SemuaKriteria.First().Kriteria.Teks);
        Assert.Equal(("4.c.5", "Telah terjadi perbaikan dan peningkatan kinerja dengan memanfaatkan hasil evaluasi AKIP internal."), (t.SemuaKriteria.Last().Kriteria.Kode, t.SemuaKriteria.Last().Kriteria.Teks));
        Assert.Equal((true, false), (t.Berlaku(2024), t.Berlaku(2020)));
        Assert.Equal("88-2021", TemplatLkeJson.Bawaan(null).Pasti().Kode);
    }

    [Fact]
    public void The12_2015Template_HasFiveComponents_WithCapaianKinerja20()
    {
        var t = TemplatLkeJson.Bawaan("12-2015").Pasti();
        Assert.Equal([("Perencanaan Kinerja", 30m), ("Pengukuran Kinerja", 25m), ("Pelaporan Kinerja", 15m), ("Evaluasi Internal", 10m), ("Capaian Kinerja", 20m)], t.Komponens.Select(k => (k.Nama, k.Bobot)));
        Assert.Equal([2m, 5m, 3m, 4m, 10m, 6m], t.Komponens[0].SubKomponens.Select(s => s.Bobot));
        Assert.Empty(t.SemuaKriteria);
        Assert.Equal((true, false), (t.Berlaku(2019), t.Berlaku(2021)));
    }

    [Fact]
    public void AnUnknownCode_IsRefused_NamingTheShippedOnes() =>
        Assert.Equal("Templat LKE '99-2030' tidak dikenal; yang tersedia: 88-2021, 12-2015.", TemplatLkeJson.Bawaan("99-2030").Pesan);

    [Fact]
    public void NotJson_IsRefusedWithItsLine() =>
        Assert.Equal("Berkas lke-saya.json bukan JSON templat LKE yang sah pada baris 2, kolom 11.", Baca("{\n  \"kode\": x }").Pesan);

    [Fact]
    public void ABadTemplate_IsRefusedWithEveryReason_EachNamingTheFile()
    {
        const string Json = """
            {
              "kode": "kpu-2025", "nama": "LKE KPU", "tahunAwal": 2025,
              "skala": [ { "kode": "AA-E", "nama": "AA sampai E", "opsi": [ { "label": "AA", "nilai": 100 }, { "label": "E", "nilai": 0 } ] } ],
              "komponen": [
                { "kode": "1", "nama": "Perencanaan", "bobot": 60, "subkomponen": [
                  { "kode": "1.a", "nama": "Ada", "bobot": 50, "jenis": "Keberadaan", "kriteria": [ { "kode": "1.a.1", "teks": "Ada pedoman.", "skala": "Y-T" } ] },
                  { "kode": "1.b", "nama": "Mutu", "bobot": 20, "jenis": "Rasa", "kriteria": [ { "teks": "Tanpa kode.", "skala": "AA-E" } ] } ] }
              ]
            }
            """;
        Assert.Equal(
            [
                "Berkas lke-saya.json: jenis subkomponen 1.b 'Rasa' tidak dikenal; gunakan Keberadaan, Kualitas, Pemanfaatan, Pemenuhan, Implementasi, Capaian.",
                "Berkas lke-saya.json: kriteria ke-1 subkomponen 1.b tidak memiliki isian yang wajib.",
                "Berkas lke-saya.json: Bobot komponen templat kpu-2025 berjumlah 60, harus 100.",
                "Berkas lke-saya.json: Bobot subkomponen 1 berjumlah 70, harus sama dengan bobot komponennya (60).",
                "Berkas lke-saya.json: Kriteria 1.a.1 memakai skala Y-T yang tidak ada di templat kpu-2025.",
            ],
            Baca(Json).Kesalahans.Select(k => k.Pesan));
    }
}
