using Sakip.Domain.Evaluasi;

namespace Sakip.App.Entities;

/// <summary>The rounds of an AKIP evaluation, in order: the satker's own, the evaluator's, the agreed final one.</summary>
public enum JenisPutaran
{
    Mandiri,
    Evaluator,
    Akhir,
}

/// <summary>
/// The AKIP evaluation of a satker-year (issue 11, item 3): the LKE template and scoring practice it
/// uses, and its rounds. Opened by an evaluator; finished when the final round is submitted, which
/// fixes its value and predikat.
/// </summary>
public class EvaluasiAkip
{
    public int Id { get; set; }

    public int SatkerId { get; set; }

    public Satker Satker { get; set; } = null!;

    public int Tahun { get; set; }

    /// <summary>The LKE template's code ("88-2021").</summary>
    public required string KodeTemplat { get; set; }

    /// <summary>
    /// For a template stored in Sakip (not shipped), its JSON as it was when the evaluation was
    /// opened: the evaluation keeps the version it was scored with, whatever the template becomes.
    /// </summary>
    public string? TemplatJson { get; set; }

    public MetodePenilaian Metode { get; set; }

    /// <summary>The final value to six decimal places, once the final round is submitted (the exact value is the final round's answers scored again).</summary>
    public decimal? NilaiAkhir { get; set; }

    public Predikat? PredikatAkhir { get; set; }

    public List<PutaranEvaluasi> Putarans { get; } = [];

    public List<RekomendasiEvaluasi> Rekomendasis { get; } = [];

    /// <summary>Raised on every change of a round (optimistic concurrency).</summary>
    public int Revisi { get; set; }

    /// <summary>
    /// For a past evaluation recorded as a document prints it (not worked in Sakip, so without
    /// rounds): the document it was copied from ("LKjIP 2024, Tabel 20"). Its printed total is
    /// <see cref="NilaiAkhir"/>, its components <see cref="KomponenTercetaks"/>.
    /// </summary>
    public string? SumberTercetak { get; set; }

    /// <summary>The predikat the document prints beside the total, as printed (checked against the total's own).</summary>
    public string? PredikatTercetak { get; set; }

    public List<KomponenEvaluasiTercetak> KomponenTercetaks { get; } = [];

    public List<BuktiEvaluasi> Buktis { get; } = [];

    /// <summary>Recorded from a printed document rather than worked through rounds.</summary>
    public bool Tercetak => SumberTercetak is not null;

    /// <summary>The round now open for answers, or null when the evaluation is finished.</summary>
    public PutaranEvaluasi? PutaranTerbuka => Putarans.Where(p => p.DiajukanPada is null).OrderBy(p => p.Jenis).FirstOrDefault();
}

/// <summary>
/// An LKE template added to Sakip beside the shipped ones (a KPU-specific LKE of a later decree),
/// as the JSON the shipped ones are written in; evaluations copy it when opened.
/// </summary>
public class TemplatLkeTersimpan
{
    public int Id { get; set; }

    public required string Kode { get; set; }

    public required string Json { get; set; }

    public required string DiubahOleh { get; set; }

    public DateTimeOffset DiubahPada { get; set; }

    /// <summary>Raised on every change (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}

/// <summary>
/// An evidence file attached to a criterion (or sub-component) of an evaluation, in the evidence
/// storage realisasi uses; removable by those who answer its round while that round is open.
/// </summary>
public class BuktiEvaluasi
{
    public int Id { get; set; }

    public int EvaluasiAkipId { get; set; }

    /// <summary>The criterion ("1.a.1") or sub-component ("1.a") it proves, or for a follow-up's evidence "R" and the recommendation's number.</summary>
    public required string Kode { get; set; }

    /// <summary>The recommendation whose follow-up it proves; null for a criterion's evidence.</summary>
    public int? RekomendasiEvaluasiId { get; set; }

    /// <summary>The round it was attached in.</summary>
    public JenisPutaran Putaran { get; set; }

    public int BerkasId { get; set; }

    public Berkas Berkas { get; set; } = null!;

    public required string NamaBerkas { get; set; }

    public DateTimeOffset DiunggahPada { get; set; }

    public required string DiunggahOleh { get; set; }
}

/// <summary>A component of a past evaluation as its document prints it: value and the letter beside it.</summary>
public class KomponenEvaluasiTercetak
{
    public int Id { get; set; }

    public int EvaluasiAkipId { get; set; }

    /// <summary>The component of the evaluation's template ("1").</summary>
    public required string KodeKomponen { get; set; }

    public decimal Nilai { get; set; }

    /// <summary>The letter printed beside it ("A"), as printed.</summary>
    public string? Huruf { get; set; }
}

/// <summary>A round of an evaluation with its answers; locked once submitted.</summary>
public class PutaranEvaluasi
{
    public int Id { get; set; }

    public int EvaluasiAkipId { get; set; }

    public JenisPutaran Jenis { get; set; }

    public DateTimeOffset? DiajukanPada { get; set; }

    public string? DiajukanOleh { get; set; }

    public List<JawabanEvaluasi> Jawabans { get; } = [];
}

/// <summary>
/// An answer in a round: for a criterion (per-criterion practice) its label on the criterion's
/// scale, for a sub-component (per-sub-component practice) the share of criteria met and the years
/// full compliance was kept; with the answerer's note.
/// </summary>
public class JawabanEvaluasi
{
    public int Id { get; set; }

    public int PutaranEvaluasiId { get; set; }

    /// <summary>The criterion ("1.a.1") or sub-component ("1.a") answered.</summary>
    public required string Kode { get; set; }

    /// <summary>The label on the criterion's scale ("BB").</summary>
    public string? Jawaban { get; set; }

    public decimal? PersenTerpenuhi { get; set; }

    public int? TahunDipertahankan { get; set; }

    public string? Catatan { get; set; }

    /// <summary>Raised on every edit (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}

/// <summary>Where the follow-up of a recommendation stands.</summary>
public enum StatusTindakLanjut
{
    Belum,
    DalamProses,
    Selesai,
}

/// <summary>
/// A recommendation of an evaluation (issue 11, item 6): its component, what to do, the unit
/// responsible and the due date; the satker's follow-up (text, evidence as links in the text,
/// submitted for acceptance) and the evaluator's acceptance or return with a note.
/// </summary>
public class RekomendasiEvaluasi
{
    public int Id { get; set; }

    public int EvaluasiAkipId { get; set; }

    public int Nomor { get; set; }

    /// <summary>The component of the evaluation's template ("1").</summary>
    public required string KodeKomponen { get; set; }

    public required string Uraian { get; set; }

    public string? UnitPenanggungJawab { get; set; }

    public DateOnly? JatuhTempo { get; set; }

    public StatusTindakLanjut Status { get; set; }

    public string? TindakLanjut { get; set; }

    /// <summary>When the satker submitted its follow-up as done, for the evaluator to accept.</summary>
    public DateTimeOffset? DiajukanPada { get; set; }

    public string? DiterimaOleh { get; set; }

    public DateTimeOffset? DiterimaPada { get; set; }

    /// <summary>The evaluator's note when returning a follow-up.</summary>
    public string? CatatanEvaluator { get; set; }

    /// <summary>Raised on every edit (optimistic concurrency).</summary>
    public int Revisi { get; set; }
}
