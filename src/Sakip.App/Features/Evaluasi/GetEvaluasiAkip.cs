using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Keamanan;
using Sakip.Domain.Evaluasi;

namespace Sakip.App.Features.Evaluasi;

/// <summary>
/// The AKIP evaluation of a satker-year as the LKE page shows it (whoever may read the satker):
/// every criterion (or sub-component) with its answer and note in each round, the self-assessment
/// beside the evaluator's score with differences of two grades or more flagged, each round's value
/// and what is still unanswered, the facts Sakip's own records hold for each criterion
/// (<see cref="BuktiSakip"/>), and what the user may do. When none is open yet: whether the
/// user may open one, and the templates that serve the year.
/// </summary>
public static class GetEvaluasiAkip
{
    public sealed record Query(string KodeSatker, int Tahun);

    /// <summary>
    /// An answer in a round: what is shown ("BB", "83,33 % (B)"), its grade's place on its scale (0
    /// best), its note and revision, and what its form holds (the label or the share, and the years kept).
    /// </summary>
    public sealed record Isian(string Teks, int Peringkat, string? Catatan, int Revisi, string Isi, int? TahunDipertahankan = null);

    /// <summary>A criterion (or, per sub-component, a sub-component) with its answers by round and the facts Sakip's records hold for it.</summary>
    public sealed record Baris(string Kode, string Teks, IReadOnlyList<Pilihan> Pilihans, IReadOnlyDictionary<JenisPutaran, Isian> Isians, bool Selisih, IReadOnlyList<FaktaSakip> Faktas, IReadOnlyList<Bukti>? Buktis = null);

    /// <summary>An evidence file of a criterion: its name, size, the round and who attached it, and whether the user may remove it (its round is open and the user answers it).</summary>
    public sealed record Bukti(int Id, string Nama, long Ukuran, JenisPutaran Putaran, string DiunggahOleh, bool BolehHapus);

    /// <summary>An answer a criterion may be given, its value and what it means there.</summary>
    public sealed record Pilihan(string Label, decimal Nilai, string? Uraian);

    public sealed record SubKomponen(string Kode, string Nama, decimal Bobot, JenisSubKomponen Jenis, IReadOnlyList<Baris> Barises);

    public sealed record Komponen(string Kode, string Nama, decimal Bobot, IReadOnlyList<SubKomponen> SubKomponens);

    /// <summary>A round: its state, whether the user may answer and submit it, and its value or what is missing.</summary>
    public sealed record Putaran(JenisPutaran Jenis, string Nama, string? Diajukan, bool BolehIsi, HasilEvaluasiAkip? Nilai, int JumlahBelum, string? DiajukanOleh = null, DateTimeOffset? DiajukanPada = null)
    {
        /// <summary>The round's name as a heading ("Evaluasi mandiri").</summary>
        public string Judul => char.ToUpperInvariant(Nama[0]) + Nama[1..];
    }

    /// <summary>The evaluation, or (<see cref="Ada"/> false) what opening one needs.</summary>
    public sealed record Hasil(
        string KodeSatker,
        string NamaSatker,
        int Tahun,
        bool Ada,
        bool BolehBuka,
        IReadOnlyList<string> TemplatBerlaku,
        string? KodeTemplat,
        string? NamaTemplat,
        MetodePenilaian Metode,
        int Revisi,
        IReadOnlyList<Putaran> Putarans,
        IReadOnlyList<Komponen> Komponens,
        decimal? NilaiAkhir,
        Predikat? PredikatAkhir,
        IReadOnlyList<Rekomendasi>? Rekomendasis = null,
        int? TahunSebelumnya = null,
        IReadOnlyList<Rekomendasi>? RekomendasiSebelumnya = null,
        bool BolehRekomendasi = false,
        bool BolehTindakLanjut = false,
        Cetakan? Tercetak = null,
        bool BolehKelolaTemplat = false)
    {
        /// <summary>The round open for answers, if any.</summary>
        public Putaran? Terbuka => Putarans.FirstOrDefault(p => p.Diajukan is null);
    }

    /// <summary>
    /// A past evaluation recorded as printed: the document, its components and total with the
    /// letters as printed, and what the consistency check finds in them.
    /// </summary>
    public sealed record Cetakan(string Sumber, IReadOnlyList<KomponenTercetak> Komponens, decimal Total, string? Predikat, IReadOnlyList<string> Temuan);

    /// <summary>A recommendation with its follow-up; overdue when its due date has passed and it is not done.</summary>
    public sealed record Rekomendasi(int Id, int Nomor, string KodeKomponen, string Komponen, string Uraian, string? Unit, DateOnly? JatuhTempo, StatusTindakLanjut Status, bool Terlambat, string? TindakLanjut, bool Diajukan, string? Diterima, string? CatatanEvaluator, int Revisi, IReadOnlyList<Bukti>? Buktis = null)
    {
        /// <summary>The state in words: "belum", "dalam proses", "diajukan, menunggu penerimaan", "selesai".</summary>
        public string StatusTeks => Status switch
        {
            StatusTindakLanjut.Belum => "belum",
            StatusTindakLanjut.DalamProses => Diajukan ? "diajukan, menunggu penerimaan" : "dalam proses",
            _ => "selesai",
        };
    }

    public sealed class Handler(SakipDbContext db, TimeProvider clock)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            if (Domain.Periode.Periode.PeriksaTahun(q.Tahun) is { } salah)
            {
                return Gagal.TidakSah(salah);
            }

            var e = await db.EvaluasiAkips.AsNoTracking().Include(x => x.Putarans).ThenInclude(p => p.Jawabans).Include(x => x.Rekomendasis).Include(x => x.KomponenTercetaks).AsSplitQuery()
                .SingleOrDefaultAsync(x => x.SatkerId == satker.Id && x.Tahun == q.Tahun, ct);
            var lalu = await db.EvaluasiAkips.AsNoTracking().Include(x => x.Rekomendasis)
                .Where(x => x.SatkerId == satker.Id && x.Tahun < q.Tahun).OrderByDescending(x => x.Tahun).FirstOrDefaultAsync(ct);
            var hariIni = WaktuIndonesia.HariIni(clock);
            var ids = new[] { lalu?.Id ?? 0 }.Concat(e is null ? [] : [e.Id]).ToList();
            var berkasRekomendasi = (await db.Set<BuktiEvaluasi>().AsNoTracking().Where(b => b.RekomendasiEvaluasiId != null && ids.Contains(b.EvaluasiAkipId)).OrderBy(b => b.Id)
                    .Select(b => new { b.RekomendasiEvaluasiId, Bukti = new Bukti(b.Id, b.NamaBerkas, b.Berkas.Ukuran, b.Putaran, b.DiunggahOleh, false) }).ToListAsync(ct))
                .ToLookup(b => b.RekomendasiEvaluasiId!.Value, b => b.Bukti);
            var sebelumnya = lalu is null ? [] : Rekomendasis(lalu, hariIni, berkasRekomendasi);
            var bolehRekomendasi = pelaku.Boleh(Tindakan.MengevaluasiAkip, satker.Id);
            var bolehTindakLanjut = pelaku.Boleh(Tindakan.MengisiEvaluasiMandiri, satker.Id);
            if (e is null)
            {
                var berlaku = (await KatalogTemplatLke.SemuaAsync(db, ct)).Where(x => x.Templat.Berlaku(q.Tahun)).OrderByDescending(x => x.Templat.TahunAwal).Select(x => x.Templat.Kode).ToList();
                return new Hasil(satker.Kode, satker.Nama, q.Tahun, false, bolehRekomendasi, berlaku, null, null, MetodePenilaian.PerKriteria, 0, [], [], null, null, [], lalu?.Tahun, sebelumnya, bolehRekomendasi, bolehTindakLanjut, BolehKelolaTemplat: await KelolaTemplat.TolakAsync(db, pelaku, ct) is null);
            }

            var t = EvaluasiTersimpan.Templat(e);
            if (e.Tercetak)
            {
                var cetakan = new Cetakan(e.SumberTercetak!, EvaluasiTersimpan.KomponenTercetak(e), e.NilaiAkhir!.Value, e.PredikatTercetak, EvaluasiTersimpan.Temuan(e));
                return new Hasil(satker.Kode, satker.Nama, q.Tahun, true, false, [], t.Kode, t.Nama, e.Metode, e.Revisi, [], [], e.NilaiAkhir, e.PredikatAkhir, Rekomendasis(e, hariIni, berkasRekomendasi), lalu?.Tahun, sebelumnya, bolehRekomendasi, bolehTindakLanjut, cetakan);
            }

            var konteks = await BuktiSakip.MuatAsync(db, satker, q.Tahun, ct);
            var putarans = e.Putarans.OrderBy(p => p.Jenis).ToList();
            var jawaban = putarans.ToDictionary(p => p.Jenis, p => p.Jawabans.ToDictionary(j => j.Kode, StringComparer.OrdinalIgnoreCase));
            var terbuka = e.PutaranTerbuka;
            var bolehHapus = terbuka is not null && pelaku.Boleh(EvaluasiTersimpan.TindakanPutaran(terbuka.Jenis), satker.Id);
            var berkas = (await db.Set<BuktiEvaluasi>().AsNoTracking().Where(b => b.EvaluasiAkipId == e.Id && b.RekomendasiEvaluasiId == null).OrderBy(b => b.Id)
                    .Select(b => new { b.Kode, Bukti = new Bukti(b.Id, b.NamaBerkas, b.Berkas.Ukuran, b.Putaran, b.DiunggahOleh, false) }).ToListAsync(ct))
                .ToLookup(b => b.Kode, b => b.Bukti with { BolehHapus = bolehHapus && b.Bukti.Putaran == terbuka!.Jenis }, StringComparer.OrdinalIgnoreCase);
            var komponens = t.Komponens.Select(k => new Komponen(k.Kode, k.Nama, k.Bobot, [.. k.SubKomponens.Select(s => new SubKomponen(s.Kode, s.Nama, s.Bobot, s.Jenis,
                e.Metode == MetodePenilaian.PerKriteria
                    ? [.. s.Kriterias.Select(c => BarisKriteria(c.Kode, c.Teks, s.Jenis, t.Skala(c.KodeSkala)!, jawaban, BuktiSakip.Untuk(c.Kode, konteks)) with { Buktis = [.. berkas[c.Kode]] })]
                    : [BarisSub(s, jawaban, [.. s.Kriterias.SelectMany(c => BuktiSakip.Untuk(c.Kode, konteks)).Distinct()]) with { Buktis = [.. berkas[s.Kode]] }]))])).ToList();
            var nilai = putarans.Select(p =>
            {
                var h = EvaluasiTersimpan.Nilai(t, e.Metode, p);
                var dijawab = p.Jawabans.Count;
                var semua = e.Metode == MetodePenilaian.PerKriteria ? t.SemuaKriteria.Count() : t.SemuaSubKomponen.Count();
                return new Putaran(
                    p.Jenis,
                    EvaluasiTersimpan.NamaPutaran(p.Jenis),
                    p.DiajukanPada is { } w ? $"{p.DiajukanOleh}, {WaktuIndonesia.Teks(w)}" : null,
                    p.DiajukanPada is null && pelaku.Boleh(EvaluasiTersimpan.TindakanPutaran(p.Jenis), satker.Id),
                    h.Hasil,
                    semua - dijawab,
                    p.DiajukanOleh,
                    p.DiajukanPada);
            }).ToList();
            return new Hasil(satker.Kode, satker.Nama, q.Tahun, true, false, [], t.Kode, t.Nama, e.Metode, e.Revisi, nilai, komponens, e.NilaiAkhir, e.PredikatAkhir, Rekomendasis(e, hariIni, berkasRekomendasi), lalu?.Tahun, sebelumnya, bolehRekomendasi, bolehTindakLanjut);
        }

        private static IReadOnlyList<Rekomendasi> Rekomendasis(EvaluasiAkip e, DateOnly hariIni, ILookup<int, Bukti> berkas)
        {
            var komponen = EvaluasiTersimpan.Templat(e).Komponens.ToDictionary(k => k.Kode, k => k.Nama, StringComparer.OrdinalIgnoreCase);
            return [.. e.Rekomendasis.OrderBy(r => r.Nomor).Select(r => new Rekomendasi(
                r.Id,
                r.Nomor,
                r.KodeKomponen,
                komponen.GetValueOrDefault(r.KodeKomponen, r.KodeKomponen),
                r.Uraian,
                r.UnitPenanggungJawab,
                r.JatuhTempo,
                r.Status,
                r.Status != StatusTindakLanjut.Selesai && r.JatuhTempo < hariIni,
                r.TindakLanjut,
                r.DiajukanPada is not null,
                r.DiterimaPada is { } t ? $"{r.DiterimaOleh}, {WaktuIndonesia.Teks(t)}" : null,
                r.CatatanEvaluator,
                r.Revisi,
                [.. berkas[r.Id]]))];
        }

        private static Baris BarisKriteria(string kode, string teks, JenisSubKomponen jenisSub, SkalaJawaban skala, Dictionary<JenisPutaran, Dictionary<string, JawabanEvaluasi>> jawaban, IReadOnlyList<FaktaSakip> faktas)
        {
            var isian = new Dictionary<JenisPutaran, Isian>();
            foreach (var (jenis, daftar) in jawaban)
            {
                if (daftar.GetValueOrDefault(kode) is { Jawaban: { } label } j && skala.Cari(label) is { } opsi)
                {
                    isian[jenis] = new Isian(opsi.Label, skala.Opsis.ToList().IndexOf(opsi), j.Catatan, j.Revisi, opsi.Label);
                }
            }

            return new Baris(kode, teks, [.. skala.Opsis.Select(o => new Pilihan(o.Label, o.Nilai, o.UraianUntuk(jenisSub)))], isian, Selisih(isian), faktas);
        }

        private static Baris BarisSub(SubKomponenLke s, Dictionary<JenisPutaran, Dictionary<string, JawabanEvaluasi>> jawaban, IReadOnlyList<FaktaSakip> faktas)
        {
            var labels = SkalaJawaban.AaSampaiE.Opsis.Select(o => o.Label).ToList();
            var isian = new Dictionary<JenisPutaran, Isian>();
            foreach (var (jenis, daftar) in jawaban)
            {
                if (daftar.GetValueOrDefault(s.Kode) is { PersenTerpenuhi: { } persen } j)
                {
                    var huruf = PenilaianLke.HurufSubKomponen(persen, j.TahunDipertahankan ?? 0);
                    var angka = Domain.Bilangan.FormatIndonesia.AngkaRingkas(persen);
                    isian[jenis] = new Isian($"{angka} % ({huruf})", labels.IndexOf(huruf), j.Catatan, j.Revisi, angka, j.TahunDipertahankan);
                }
            }

            return new Baris(s.Kode, s.Nama, [], isian, Selisih(isian), faktas);
        }

        /// <summary>The self-assessment and the evaluator's score two grades or more apart.</summary>
        private static bool Selisih(Dictionary<JenisPutaran, Isian> isian) =>
            isian.TryGetValue(JenisPutaran.Mandiri, out var m) && isian.TryGetValue(JenisPutaran.Evaluator, out var v) && Math.Abs(m.Peringkat - v.Peringkat) >= 2;
    }
}
