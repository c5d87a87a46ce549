using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Excel;
using Sakip.App.Import.Bukti;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// Realisasi from a filled <see cref="GenerateTemplatRealisasi"/> workbook, in two steps. <c>Periksa</c>
/// reads and checks every cell and answers with a preview (what changes, and every error named by
/// file, row and column) and writes nothing. <c>Terapkan</c> takes the preview's sealed token,
/// checks again that nothing changed in between, and writes every change in one transaction, or
/// none. Values are saved as drafts: evidence and analysis are added on the entry form.
/// </summary>
public static class ImportRealisasi
{
    /// <summary>How long a preview can be confirmed.</summary>
    public static readonly TimeSpan MasaBerlakuPratinjau = TimeSpan.FromMinutes(30);

    public sealed record Periksa(AksesPengguna Pelaku, string KodeSatker, int Tahun, string NamaBerkas, byte[] Isi);

    public sealed record Terapkan(AksesPengguna Pelaku, string Token);

    /// <summary>One indicator-period that the upload changes: what is stored and what comes.</summary>
    public sealed record Perubahan(
        string Sel,
        int IndikatorId,
        string Kode,
        int NomorPeriode,
        string Periode,
        string Lama,
        string Baru,
        decimal? Nilai,
        string? Satuan,
        string? Predikat,
        DateOnly? TanggalSelesai,
        Dictionary<string, decimal>? Variabel,
        int? RealisasiId,
        int? Versi);

    /// <param name="Sel">The cell (<c>H7</c>), or null for the file as a whole.</param>
    /// <param name="Pesan">The message, naming the file, row and column.</param>
    public sealed record Kesalahan(string? Sel, string Pesan);

    /// <summary>
    /// What an upload would do: the changes, how many filled cells already match what is stored,
    /// and every error. <c>Token</c> is what <c>Terapkan</c> needs; null when there are errors or
    /// nothing to change.
    /// </summary>
    public sealed record Pratinjau(string NamaBerkas, string NamaSatker, string JudulPerjanjian, IReadOnlyList<Perubahan> Perubahans, int JumlahTetap, IReadOnlyList<Kesalahan> Kesalahans, string? Token);

    public sealed record Hasil(string KodeSatker, int Tahun, int Jumlah);

    private sealed record Muatan(int PerjanjianId, int PenggunaId, string NamaBerkas, string Sha256, List<Perubahan> Perubahans);

    public sealed class Handler(SakipDbContext db, IDataProtectionProvider perlindungan)
    {
        private ITimeLimitedDataProtector Pelindung => perlindungan.CreateProtector("Sakip.ImportRealisasi.v1").ToTimeLimitedDataProtector();

        /// <summary>The satker's name when the user may fill its realisasi (the upload page opens only then).</summary>
        public async Task<Result<string>> SiapkanAsync(AksesPengguna pelaku, string kodeSatker, CancellationToken ct)
        {
            var boleh = await GenerateTemplatRealisasi.SatkerAsync(db, pelaku, kodeSatker, untukMengisi: true, ct);
            return boleh.IsSuccess ? Result<string>.Ok(boleh.Value!.Nama) : Result<string>.Gagal(boleh);
        }

        public async Task<Result<Pratinjau>> PeriksaAsync(Periksa c, CancellationToken ct)
        {
            var boleh = await GenerateTemplatRealisasi.SatkerAsync(db, c.Pelaku, c.KodeSatker, untukMengisi: true, ct);
            if (!boleh.IsSuccess)
            {
                return Result<Pratinjau>.Gagal(boleh);
            }

            var nama = JenisBerkas.NamaAman(c.NamaBerkas);
            Pratinjau Tolak(string pesan) => new(nama, boleh.Value!.Nama, string.Empty, [], 0, [new Kesalahan(null, pesan)], null);
            if (c.Isi.LongLength == 0)
            {
                return Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}' kosong."));
            }

            if (c.Isi.LongLength > JenisBerkas.UkuranMaksimum)
            {
                return Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}' berukuran {c.Isi.LongLength / 1024 / 1024} MB; paling besar 20 MB."));
            }

            if (JenisBerkas.Kenali(c.Isi) != JenisBerkas.Xlsx)
            {
                return Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}' bukan buku kerja Excel (XLSX); yang diperiksa isi berkasnya, bukan namanya. Unduh templat di halaman ini, isi, lalu unggah kembali."));
            }

            IReadOnlyList<LembarBaca> lembars;
            try
            {
                lembars = PembacaXlsx.Baca(c.Isi, ct);
            }
            catch (BukuKerjaTidakTerbacaException e)
            {
                return Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}' tidak dapat dibaca: {e.Message}."));
            }

            var data = lembars.FirstOrDefault(l => l.Nama == GenerateTemplatRealisasi.NamaLembarData);
            if (data is null || data.Sel(2, 1).Teks != GenerateTemplatRealisasi.Penanda)
            {
                return Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}' bukan templat realisasi Sakip. Unduh templat di halaman ini, isi, lalu unggah kembali."));
            }

            var kodeSatker = data.Sel(2, 2).TeksApaAdanya;
            var tahun = data.Sel(2, 3).Angka;
            if (kodeSatker != c.KodeSatker || tahun != c.Tahun)
            {
                return Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}' adalah templat satker {kodeSatker} tahun {tahun}, bukan satker {c.KodeSatker} tahun {c.Tahun}."));
            }

            var muat = await GenerateTemplatRealisasi.MuatAsync(db, c.Pelaku, c.KodeSatker, c.Tahun, data.Sel(2, 4).TeksApaAdanya, untukMengisi: true, ct);
            if (!muat.IsSuccess)
            {
                return muat.Jenis == JenisKegagalan.Ditolak ? Result<Pratinjau>.Gagal(muat) : Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}': {muat.Error}"));
            }

            var k = muat.Value!;
            if (data.Sel(2, 5).Angka != k.Pk.Versi)
            {
                return Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}' dibuat untuk {k.Pk.Judul} versi {data.Sel(2, 5).TeksApaAdanya}; yang berlaku sekarang versi {k.Pk.Versi}. Unduh templat yang baru."));
            }

            var lembar = lembars.FirstOrDefault(l => l.Nama == GenerateTemplatRealisasi.NamaLembar);
            if (lembar is null)
            {
                return Result<Pratinjau>.Ok(Tolak($"Berkas '{nama}': lembar '{GenerateTemplatRealisasi.NamaLembar}' tidak ada."));
            }

            var pembaca = new PembacaTemplat(nama, k);
            pembaca.Baca(lembar);
            var perubahans = pembaca.Perubahans;
            string? token = null;
            if (pembaca.Kesalahans.Count == 0 && perubahans.Count > 0)
            {
                var muatan = new Muatan(k.Pk.Id, c.Pelaku.PenggunaId, nama, Convert.ToHexStringLower(SHA256.HashData(c.Isi)), perubahans);
                token = Pelindung.Protect(JsonSerializer.Serialize(muatan), MasaBerlakuPratinjau);
            }

            return Result<Pratinjau>.Ok(new Pratinjau(nama, k.Satker.Nama, k.Pk.Judul, perubahans, pembaca.JumlahTetap, pembaca.Kesalahans, token));
        }

        public async Task<Result<Hasil>> TerapkanAsync(Terapkan c, CancellationToken ct)
        {
            Muatan? muatan;
            try
            {
                muatan = JsonSerializer.Deserialize<Muatan>(Pelindung.Unprotect(c.Token, out _));
            }
            catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
            {
                muatan = null;
            }

            if (muatan is null)
            {
                return Result<Hasil>.Fail("Pratinjau unggahan sudah kedaluwarsa (lebih dari 30 menit) atau tidak sah. Unggah berkasnya sekali lagi.");
            }

            if (muatan.PenggunaId != c.Pelaku.PenggunaId)
            {
                return Result<Hasil>.Ditolak("Pratinjau ini dibuat oleh pengguna lain.");
            }

            var pk = await db.PerjanjianKinerjas.AsNoTracking().Include(p => p.Satker).SingleOrDefaultAsync(p => p.Id == muatan.PerjanjianId, ct);
            if (pk is null)
            {
                return Result<Hasil>.TidakDitemukan("Perjanjian Kinerja pada pratinjau ini tidak ditemukan.");
            }

            var muat = await GenerateTemplatRealisasi.MuatAsync(db, c.Pelaku, pk.Satker.Kode, pk.Tahun, pk.Kode, untukMengisi: true, ct);
            if (!muat.IsSuccess)
            {
                return Result<Hasil>.Gagal(muat);
            }

            var k = muat.Value!;
            if (k.Pk.Id != pk.Id)
            {
                return Result<Hasil>.Konflik($"{pk.Judul} telah direvisi sejak pratinjau; versi {k.Pk.Versi} yang berlaku sekarang. Unduh templat yang baru. Belum ada yang disimpan.");
            }

            var salah = new List<string>();
            var indikators = k.Indikators.ToDictionary(i => i.Id);
            foreach (var ch in muatan.Perubahans)
            {
                var ind = indikators.GetValueOrDefault(ch.IndikatorId);
                var r = ind is null ? null : k.Realisasi(ind, ch.NomorPeriode);
                if (ind is null || r?.Id != ch.RealisasiId || r?.Versi != ch.Versi)
                {
                    salah.Add($"{muatan.NamaBerkas}, sel {ch.Sel}: realisasi {ch.Kode} periode {ch.Periode} telah diubah oleh pengguna lain sejak pratinjau.");
                }
                else if (k.Terkunci(r, new Periode(k.Pk.Tahun, ind.Periodisitas, ch.NomorPeriode)) is { } alasan)
                {
                    salah.Add($"{muatan.NamaBerkas}, sel {ch.Sel}: {alasan}.");
                }
            }

            if (salah.Count > 0)
            {
                return Result<Hasil>.Konflik($"Tidak ada yang disimpan. {string.Join(" ", salah)} Unggah ulang berkasnya untuk melihat keadaan terbaru.");
            }

            var ids = muatan.Perubahans.Where(p => p.RealisasiId is not null).Select(p => p.RealisasiId!.Value).ToList();
            var tersimpan = await db.RealisasiKinerjas.Include(r => r.Variabels).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
            foreach (var ch in muatan.Perubahans)
            {
                var ind = indikators[ch.IndikatorId];
                var r = ch.RealisasiId is { } id ? tersimpan[id] : null;
                if (r is null)
                {
                    r = new RealisasiKinerja { IndikatorKinerjaId = ind.Id, Tahun = k.Pk.Tahun, JenisPeriode = ind.Periodisitas, NomorPeriode = ch.NomorPeriode };
                    db.RealisasiKinerjas.Add(r);
                }
                else if (r.Versi != ch.Versi)
                {
                    return Result<Hasil>.Konflik($"Tidak ada yang disimpan. {muatan.NamaBerkas}, sel {ch.Sel}: realisasi {ch.Kode} periode {ch.Periode} telah diubah oleh pengguna lain sejak pratinjau.");
                }

                Isi(r, ch);
            }

            db.Catat(AksiAudit.Impor, "BerkasImpor", muatan.Sha256, k.Satker.Id, new { berkas = muatan.NamaBerkas, perjanjian = k.Pk.Judul, versi = k.Pk.Versi, jumlah = muatan.Perubahans.Count });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return Result<Hasil>.Konflik("Tidak ada yang disimpan: realisasi yang sama sedang diubah oleh pengguna lain. Unggah ulang berkasnya untuk melihat keadaan terbaru.");
            }

            return Result<Hasil>.Ok(new Hasil(k.Satker.Kode, k.Pk.Tahun, muatan.Perubahans.Count));
        }

        private static void Isi(RealisasiKinerja r, Perubahan ch)
        {
            r.Nilai = ch.Nilai;
            r.Satuan = ch.Satuan;
            r.Predikat = ch.Predikat;
            r.Selesai = ch.TanggalSelesai is null ? null : true;
            r.TanggalSelesai = ch.TanggalSelesai;
            r.Variabels.Clear();
            foreach (var (nama, nilai) in ch.Variabel ?? [])
            {
                r.Variabels.Add(new RealisasiVariabel { Nama = nama, Nilai = nilai });
            }

            r.Status = StatusRealisasi.Draf;
            r.CatatanVerifikasi = null;
            r.Versi++;
        }
    }

    /// <summary>Reads the rows of the realisasi sheet against the agreement, collecting changes and errors.</summary>
    private sealed class PembacaTemplat(string namaBerkas, GenerateTemplatRealisasi.Keadaan k)
    {
        private readonly Dictionary<(int IndikatorId, int Nomor), Dictionary<string, SelBaca>> isian = [];

        public List<Perubahan> Perubahans { get; } = [];

        public List<Kesalahan> Kesalahans { get; } = [];

        public int JumlahTetap { get; private set; }

        private void Salah(SelBaca sel, string pesan)
        {
            var (kolom, baris) = AlamatSel.Urai(sel.Alamat);
            var judul = kolom <= GenerateTemplatRealisasi.JudulKolom.Count ? $" ({GenerateTemplatRealisasi.JudulKolom[kolom - 1]})" : string.Empty;
            Kesalahans.Add(new Kesalahan(sel.Alamat, $"{namaBerkas}, baris {baris}, kolom {AlamatSel.Kolom(kolom)}{judul}: {pesan}"));
        }

        public void Baca(LembarBaca lembar)
        {
            for (var kolom = 1; kolom <= GenerateTemplatRealisasi.JudulKolom.Count; kolom++)
            {
                var sel = lembar.Sel(kolom, GenerateTemplatRealisasi.BarisJudulKolom);
                var harus = GenerateTemplatRealisasi.JudulKolom[kolom - 1];
                if (sel.TeksApaAdanya.Trim() != harus)
                {
                    Salah(sel, $"judul kolom seharusnya '{harus}', tertulis '{sel.TeksApaAdanya}'. Pakai templat tanpa mengubah susunan kolomnya.");
                }
            }

            if (Kesalahans.Count > 0)
            {
                return;
            }

            var perKode = k.Indikators.ToDictionary(i => i.Kode, StringComparer.OrdinalIgnoreCase);
            var sudah = new Dictionary<(string, string), int>();
            for (var baris = GenerateTemplatRealisasi.BarisJudulKolom + 1; baris <= lembar.BarisTerakhir; baris++)
            {
                var terisi = lembar.IsiBaris(baris).ToList();
                var periodeTerisi = terisi.Where(x => x.Kolom >= GenerateTemplatRealisasi.KolomBulanPertama).ToList();
                if (periodeTerisi.Count == 0)
                {
                    continue;
                }

                var selKode = lembar.Sel(GenerateTemplatRealisasi.KolomKode, baris);
                var kode = selKode.TeksApaAdanya.Trim();
                if (kode.Length == 0)
                {
                    Salah(selKode, "kode indikator kosong, padahal baris ini berisi realisasi.");
                    continue;
                }

                if (!perKode.TryGetValue(kode, out var ind))
                {
                    Salah(selKode, $"kode indikator '{kode}' tidak ada dalam {k.Pk.Judul}.");
                    continue;
                }

                var selVariabel = lembar.Sel(GenerateTemplatRealisasi.KolomVariabel, baris);
                var variabel = selVariabel.TeksApaAdanya.Trim();
                var variabels = GenerateTemplatRealisasi.Variabels(ind);
                if (variabels.Count == 0 && variabel.Length > 0)
                {
                    Salah(selVariabel, $"indikator {ind.Kode} tidak dihitung dengan rumus; kosongkan kolom Variabel.");
                    continue;
                }

                if (variabels.Count > 0 && !variabels.Contains(variabel))
                {
                    Salah(selVariabel, $"'{variabel}' bukan variabel rumus indikator {ind.Kode}; pilih {string.Join(", ", variabels)}.");
                    continue;
                }

                if (sudah.TryGetValue((ind.Kode, variabel), out var barisLain))
                {
                    Salah(selKode, $"indikator {ind.Kode}{(variabel.Length > 0 ? $" variabel {variabel}" : string.Empty)} sudah diisi di baris {barisLain}.");
                    continue;
                }

                sudah[(ind.Kode, variabel)] = baris;
                var perKolom = Periode.SemuaDalam(k.Pk.Tahun, ind.Periodisitas).ToDictionary(GenerateTemplatRealisasi.KolomPeriode);
                foreach (var (kolom, sel) in periodeTerisi)
                {
                    if (kolom >= GenerateTemplatRealisasi.KolomBulanPertama + 12)
                    {
                        Salah(sel, "di luar kolom templat; hapus isinya.");
                    }
                    else if (!perKolom.TryGetValue(kolom, out var p))
                    {
                        Salah(sel, $"indikator {ind.Kode} diukur {NamaPeriodisitas(ind.Periodisitas)}; isi hanya kolom {string.Join(", ", perKolom.Keys.Order().Select(AlamatSel.Kolom))}.");
                    }
                    else if (sel.Galat is { } galat)
                    {
                        Salah(sel, $"sel {galat}.");
                    }
                    else
                    {
                        var kunci = (ind.Id, p.Nomor);
                        if (!isian.TryGetValue(kunci, out var sels))
                        {
                            isian[kunci] = sels = new Dictionary<string, SelBaca>(StringComparer.Ordinal);
                        }

                        sels[variabel] = sel;
                    }
                }
            }

            foreach (var ind in k.Indikators)
            {
                foreach (var p in Periode.SemuaDalam(k.Pk.Tahun, ind.Periodisitas))
                {
                    if (isian.TryGetValue((ind.Id, p.Nomor), out var sels))
                    {
                        Nilai(ind, p, sels);
                    }
                }
            }
        }

        private static string NamaPeriodisitas(JenisPeriode j) => j switch
        {
            JenisPeriode.Bulan => "per bulan",
            JenisPeriode.Triwulan => "per triwulan",
            JenisPeriode.Semester => "per semester",
            _ => "per tahun",
        };

        /// <summary>Reads the cells of one indicator-period and records the change, or the errors.</summary>
        private void Nilai(IndikatorKinerja ind, Periode p, Dictionary<string, SelBaca> sels)
        {
            var pertama = sels.Values.OrderBy(s => AlamatSel.Urai(s.Alamat).Baris).First();
            var jumlahSalah = Kesalahans.Count;
            decimal? nilai = null;
            string? satuan = null;
            string? predikat = null;
            DateOnly? tanggal = null;
            Dictionary<string, decimal>? variabel = null;
            var variabels = GenerateTemplatRealisasi.Variabels(ind);
            if (variabels.Count > 0)
            {
                var kurang = variabels.Where(v => !sels.ContainsKey(v)).ToList();
                if (kurang.Count > 0)
                {
                    Salah(pertama, $"{p.Label}: variabel {string.Join(", ", kurang)} indikator {ind.Kode} belum diisi; isi semua variabel rumusnya atau kosongkan semuanya.");
                    return;
                }

                variabel = new Dictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var v in variabels)
                {
                    if (Angka(sels[v], null, out var angka, out _))
                    {
                        variabel[v] = angka;
                    }
                }
            }
            else
            {
                var sel = sels[string.Empty];
                switch (ind.JenisTarget)
                {
                    case JenisTarget.Predikat:
                        if (sel.Teks is null)
                        {
                            Salah(sel, $"isi predikat ({string.Join(", ", ind.SkalaPredikatnya().Predikats.Select(x => x.Kode))}), bukan angka.");
                        }
                        else if (NilaiRealisasi.BacaPredikat(ind, sel.Teks, out var kode) is { } galat)
                        {
                            Salah(sel, galat);
                        }
                        else
                        {
                            predikat = kode;
                        }

                        break;
                    case JenisTarget.Milestone:
                        tanggal = Tanggal(sel, p.Tahun);
                        break;
                    default:
                        if (Angka(sel, ind.Satuan, out var angka, out var s))
                        {
                            (nilai, satuan) = (angka, s);
                        }

                        break;
                }
            }

            if (Kesalahans.Count > jumlahSalah)
            {
                return;
            }

            var r = k.Realisasi(ind, p.Nomor);
            var baru = Tampil(nilai, satuan, predikat, tanggal, variabel);
            var lama = r is null ? string.Empty : Tampil(r.Nilai, r.Satuan, r.Predikat, r.Selesai == true ? r.TanggalSelesai : null, r.Variabels.Count == 0 ? null : r.Variabels.ToDictionary(x => x.Nama, x => x.Nilai));
            if (r is not null && Sama(r, nilai, satuan, predikat, tanggal, variabel))
            {
                JumlahTetap++;
                return;
            }

            if (k.Terkunci(r, p) is { } alasan)
            {
                Salah(pertama, $"{alasan}; nilainya tidak dapat diubah lewat unggahan (tersimpan: {(lama.Length == 0 ? "kosong" : lama)}).");
                return;
            }

            Perubahans.Add(new Perubahan(pertama.Alamat, ind.Id, ind.Kode, p.Nomor, p.Label, lama, baru, nilai, satuan ?? (variabel is null ? null : SatuanRumus(ind)), predikat, tanggal, variabel, r?.Id, r?.Versi));
        }

        private static string? SatuanRumus(IndikatorKinerja ind) =>
            ind.Rumus is { } teks && Rumus.Baca(teks) is { Pengali: 100m } ? Satuan.Persen : ind.Satuan;

        /// <summary>A number from a numeric cell (a percentage-formatted one read as shown) or from text.</summary>
        private bool Angka(SelBaca sel, string? satuanIndikator, out decimal nilai, out string? satuan)
        {
            nilai = 0;
            satuan = satuanIndikator;
            if (sel.Angka is { } angka)
            {
                if (Math.Abs(angka) > BatasAngka.RupiahMaksimum)
                {
                    Salah(sel, $"angka {BatasAngka.Periksa(angka, BatasAngka.JenisDari(satuanIndikator))}.");
                    return false;
                }

                if (sel.Format == FormatAngka.Tanggal)
                {
                    Salah(sel, "berisi tanggal, bukan angka.");
                    return false;
                }

                if (sel.Format == FormatAngka.Persen)
                {
                    if (satuanIndikator is not null && Satuan.Berbeda(Satuan.Persen, satuanIndikator))
                    {
                        Salah(sel, $"sel berformat persen, padahal satuan indikator '{satuanIndikator}'.");
                        return false;
                    }

                    angka *= 100m;
                    satuan = Satuan.Persen;
                }

                if (NilaiRealisasi.Periksa(angka, satuan) is { } galatAngka)
                {
                    Salah(sel, $"{angka.ToString(CultureInfo.InvariantCulture)}: {galatAngka}");
                    return false;
                }

                nilai = angka;
                return true;
            }

            if (NilaiRealisasi.BacaAngka(sel.Teks ?? string.Empty, satuanIndikator, out nilai, out satuan) is { } galat)
            {
                Salah(sel, $"'{sel.Teks}' tidak dapat dibaca sebagai angka. {galat}");
                return false;
            }

            return true;
        }

        /// <summary>A completion date from a date cell or from text written dd/mm/yyyy.</summary>
        private DateOnly? Tanggal(SelBaca sel, int tahun)
        {
            DateOnly? tanggal = null;
            if (sel.Angka is { } serial && sel.Format == FormatAngka.Tanggal && serial is >= 1 and < 2958466)
            {
                tanggal = DateOnly.FromDateTime(DateTime.FromOADate((double)serial));
            }
            else if (sel.Teks is { } teks && DateOnly.TryParseExact(teks.Trim(), ["d/M/yyyy", "d-M-yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                tanggal = t;
            }

            if (tanggal is null)
            {
                Salah(sel, $"'{sel.TeksApaAdanya}' bukan tanggal; tulis tanggal selesai seperti 30/06/{tahun}.");
            }
            else if (tanggal.Value.Year < tahun - 1 || tanggal.Value.Year > tahun + 1)
            {
                Salah(sel, $"tanggal {tanggal.Value:dd/MM/yyyy} jauh dari tahun {tahun}.");
                return null;
            }

            return tanggal;
        }

        /// <summary>Whether the stored realisasi already holds exactly this value (compared as numbers, not as shown).</summary>
        private static bool Sama(RealisasiKinerja r, decimal? nilai, string? satuan, string? predikat, DateOnly? tanggal, Dictionary<string, decimal>? variabel) =>
            predikat is not null ? string.Equals(r.Predikat, predikat, StringComparison.OrdinalIgnoreCase)
            : tanggal is not null ? r.Selesai == true && r.TanggalSelesai == tanggal
            : variabel is not null ? r.Variabels.Count == variabel.Count && r.Variabels.All(v => variabel.TryGetValue(v.Nama, out var x) && x == v.Nilai)
            : r.Variabels.Count == 0 && r.Nilai == nilai && !Satuan.Berbeda(r.Satuan, satuan);

        private static string Tampil(decimal? nilai, string? satuan, string? predikat, DateOnly? tanggal, Dictionary<string, decimal>? variabel) =>
            predikat ?? (tanggal is { } t ? "selesai " + t.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : variabel is not null ? string.Join("; ", variabel.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} = {FormatIndonesia.AngkaRingkas(v.Value, 6)}"))
            : nilai is { } n ? FormatIndonesia.AngkaRingkas(n, 6) + (satuan == Satuan.Persen ? " %" : satuan is null ? string.Empty : " " + satuan) : string.Empty);
    }
}
