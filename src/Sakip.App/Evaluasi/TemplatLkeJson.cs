using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Evaluasi;

/// <summary>
/// Reads an LKE template from its JSON file (issue 11, item 1): the shipped ones (PermenPANRB
/// 88/2021 with its 80 criteria, 12/2015 with its sub-components) are embedded in the assembly;
/// an administrator's own is read from a file. A file that is not JSON, lacks a field, or whose
/// template <see cref="TemplatLke.Periksa"/> finds wrong is refused with every reason, naming the
/// file and where in it.
/// </summary>
public static class TemplatLkeJson
{
    /// <summary>The codes of the shipped templates, newest first.</summary>
    public static IReadOnlyList<string> KodeBawaan { get; } = ["88-2021", "12-2015"];

    private static readonly JsonSerializerOptions Opsi = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>A shipped template by its code, or the refusal naming the codes there are.</summary>
    public static Jawaban<TemplatLke> Bawaan(string? kode)
    {
        var k = (kode ?? KodeBawaan[0]).Trim();
        if (!KodeBawaan.Contains(k, StringComparer.OrdinalIgnoreCase))
        {
            return Gagal.TidakSah($"Templat LKE '{TeksRingkas.Potong(k, 20)}' tidak dikenal; yang tersedia: {string.Join(", ", KodeBawaan)}.");
        }

        return Terbaca.Value[k.ToLowerInvariant()];
    }

    /// <summary>
    /// The shipped templates, read once: they are embedded and immutable, and the evaluation pages,
    /// documents and the roll-up of 553 satker ask for them on every request.
    /// </summary>
    private static readonly Lazy<Dictionary<string, TemplatLke>> Terbaca = new(() => KodeBawaan.ToDictionary(
        k => k.ToLowerInvariant(),
        k =>
        {
            var nama = $"lke-{k.ToLowerInvariant()}.json";
            using var aliran = typeof(TemplatLkeJson).Assembly.GetManifestResourceStream("Sakip.Lke." + nama)
                ?? throw new InvalidOperationException($"The shipped LKE template {nama} is not embedded.");
            return Baca(aliran, nama).Nilai ?? throw new InvalidOperationException($"The shipped LKE template {nama} does not pass its own check.");
        }));

    /// <summary>
    /// A stored template's JSON read once per distinct text: the text of a template an evaluation
    /// copied never changes, so its reading can be kept for the life of the process.
    /// </summary>
    public static TemplatLke DariTeks(string json) => Tersimpan.GetOrAdd(json, j =>
    {
        using var aliran = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(j));
        return Baca(aliran, "templat tersimpan").Nilai ?? throw new InvalidOperationException("A stored LKE template no longer passes its check.");
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplatLke> Tersimpan = new(StringComparer.Ordinal);

    /// <summary>The template as JSON in the format of the shipped files (what <see cref="Baca"/> reads back to an equal template).</summary>
    public static string Tulis(TemplatLke t) => JsonSerializer.Serialize(
        new BerkasTemplat(
            t.Kode,
            t.Nama,
            t.TahunAwal,
            t.TahunAkhir,
            [.. t.Skalas.Select(s => new BerkasSkala(s.Kode, s.Nama, [.. s.Opsis.Select(o => new BerkasOpsi(o.Label, o.Nilai, o.Uraian, o.UraianKeberadaan))]))],
            [.. t.Komponens.Select(k => new BerkasKomponen(k.Kode, k.Nama, k.Bobot, [.. k.SubKomponens.Select(s => new BerkasSubKomponen(s.Kode, s.Nama, s.Bobot, s.Jenis.ToString().ToLowerInvariant(), [.. s.Kriterias.Select(c => new BerkasKriteria(c.Kode, c.Teks, c.KodeSkala, c.Panduan))]))]))]),
        Tulisan);

    private static readonly JsonSerializerOptions Tulisan = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A template from a JSON stream named <paramref name="namaBerkas"/> in messages.</summary>
    public static Jawaban<TemplatLke> Baca(Stream aliran, string namaBerkas)
    {
        BerkasTemplat? berkas;
        try
        {
            berkas = JsonSerializer.Deserialize<BerkasTemplat>(aliran, Opsi);
        }
        catch (JsonException e)
        {
            var di = e.LineNumber is { } baris ? $" pada baris {baris + 1}, kolom {(e.BytePositionInLine ?? 0) + 1}" : string.Empty;
            return Gagal.TidakSah($"Berkas {namaBerkas} bukan JSON templat LKE yang sah{di}.");
        }

        if (berkas is null)
        {
            return Gagal.TidakSah($"Berkas {namaBerkas} kosong.");
        }

        var salah = new List<string>();
        string Wajib(string? nilai, string apa)
        {
            if (string.IsNullOrWhiteSpace(nilai))
            {
                salah.Add($"Berkas {namaBerkas}: {apa} tidak memiliki isian yang wajib.");
                return "?";
            }

            return nilai.Trim();
        }

        var kode = Wajib(berkas.Kode, "kode templat");
        var skalas = new List<SkalaJawaban>();
        foreach (var (s, i) in (berkas.Skala ?? []).Select((s, i) => (s, i + 1)))
        {
            var opsis = (s.Opsi ?? []).Select(o => new OpsiJawaban(Wajib(o.Label, $"jawaban skala ke-{i}"), o.Nilai, o.Uraian?.Trim(), o.UraianKeberadaan?.Trim())).ToList();
            if (opsis.Count == 0 || opsis.Any(o => o.Nilai < 0) || !opsis.Any(o => o.Nilai > 0) || opsis.DistinctBy(o => o.Label, StringComparer.OrdinalIgnoreCase).Count() != opsis.Count)
            {
                salah.Add($"Berkas {namaBerkas}: skala ke-{i} ({s.Kode}) harus memiliki jawaban berlabel unik, bernilai tidak negatif, dan setidaknya satu bernilai lebih dari 0.");
                continue;
            }

            skalas.Add(new SkalaJawaban(Wajib(s.Kode, $"skala ke-{i}"), Wajib(s.Nama, $"skala ke-{i}"), opsis));
        }

        var komponens = (berkas.Komponen ?? []).Select((k, i) => new KomponenLke(
            Wajib(k.Kode, $"komponen ke-{i + 1}"),
            Wajib(k.Nama, $"komponen ke-{i + 1}"),
            k.Bobot,
            [.. (k.SubKomponen ?? []).Select((s, j) => new SubKomponenLke(
                Wajib(s.Kode, $"subkomponen ke-{j + 1} komponen {k.Kode}"),
                Wajib(s.Nama, $"subkomponen ke-{j + 1} komponen {k.Kode}"),
                s.Bobot,
                Jenis(s.Jenis, s.Kode),
                [.. (s.Kriteria ?? []).Select((c, n) => new KriteriaLke(Wajib(c.Kode, $"kriteria ke-{n + 1} subkomponen {s.Kode}"), c.Teks?.Trim() ?? string.Empty, Wajib(c.Skala, $"kriteria {c.Kode}"), c.Panduan))]))])).ToList();

        JenisSubKomponen Jenis(string? teks, string? sub)
        {
            if (Enum.TryParse<JenisSubKomponen>(teks, ignoreCase: true, out var jenis) && Enum.IsDefined(jenis))
            {
                return jenis;
            }

            salah.Add($"Berkas {namaBerkas}: jenis subkomponen {sub} '{teks}' tidak dikenal; gunakan {string.Join(", ", Enum.GetNames<JenisSubKomponen>())}.");
            return JenisSubKomponen.Kualitas;
        }

        var templat = new TemplatLke(kode, Wajib(berkas.Nama, "nama templat"), berkas.TahunAwal, berkas.TahunAkhir, skalas, komponens);
        salah.AddRange(templat.Periksa().Select(p => $"Berkas {namaBerkas}: {p}"));
        return salah.Count == 0 ? templat : Gagal.TidakSah([.. salah.Select(s => new Kesalahan(null, s))]);
    }

    private sealed record BerkasTemplat(string? Kode, string? Nama, int TahunAwal, int? TahunAkhir, List<BerkasSkala>? Skala, List<BerkasKomponen>? Komponen);

    private sealed record BerkasSkala(string? Kode, string? Nama, List<BerkasOpsi>? Opsi);

    private sealed record BerkasOpsi(string? Label, decimal Nilai, string? Uraian, string? UraianKeberadaan);

    private sealed record BerkasKomponen(string? Kode, string? Nama, decimal Bobot, [property: JsonPropertyName("subkomponen")] List<BerkasSubKomponen>? SubKomponen);

    private sealed record BerkasSubKomponen(string? Kode, string? Nama, decimal Bobot, string? Jenis, List<BerkasKriteria>? Kriteria);

    private sealed record BerkasKriteria(string? Kode, string? Teks, string? Skala, string? Panduan);
}
