using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Features.Pemberitahuan;
using Sakip.App.Import.Bukti;
using Sakip.App.Keamanan;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Realisasi;

/// <summary>
/// An operator records an indicator's realisasi for one period: the value (or its formula
/// variables), the analysis, and evidence files; saved as a draft or submitted for verification.
/// Every input is checked before anything is written; on any error nothing is written.
/// </summary>
public static class RecordRealisasi
{
    /// <summary>An uploaded file, read into memory (at most 20 MB, checked again here).</summary>
    public sealed record BerkasUnggah(string Nama, byte[] Isi);

    /// <summary>
    /// What the form sends. <c>Revisi</c> is the revision the form was opened on (null for a new
    /// entry); <c>Nilai</c> is the value as typed, or the grade; <c>Variabel</c> the formula's variables.
    /// </summary>
    public sealed record Command(
        int IndikatorId,
        int NomorPeriode,
        string? Nilai,
        IDictionary<string, string> Variabel,
        string? Analisis,
        IReadOnlyList<BerkasUnggah> Berkas,
        bool Ajukan,
        int? Revisi,
        bool Selesai = false,
        DateOnly? TanggalSelesai = null);

    public sealed record Hasil(int RealisasiId, StatusRealisasi Status);

    public const int PanjangAnalisisMaksimum = 4000;

    /// <summary>The most evidence files one save may carry.</summary>
    public const int BerkasPerKirimanMaksimum = 5;

    public sealed class Handler(SakipDbContext db, TimeProvider clock, BatasPenyimpanan batas, Pemberitahu pemberitahu)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var ind = await KueriRealisasi.IndikatorAsync(db, c.IndikatorId, ct);
            if (ind is null)
            {
                return Gagal.TidakDitemukan("Indikator tidak ditemukan.");
            }

            var pk = await KueriRealisasi.PerjanjianAsync(db, ind, ct);
            if (Izin.Periksa(pelaku, Tindakan.MengisiRealisasi, pk.Satker) is { } tolak)
            {
                return tolak;
            }

            if (pk.Status != StatusPerjanjianKinerja.Ditandatangani)
            {
                return Gagal.TidakSah("Realisasi hanya dapat diisi untuk Perjanjian Kinerja yang sudah ditandatangani.");
            }

            if (c.NomorPeriode < 1 || c.NomorPeriode > Periode.JumlahDalamSetahun(ind.Periodisitas))
            {
                return Gagal.TidakSah("Periode tidak sah untuk indikator ini.");
            }

            var periode = new Periode(pk.Tahun, ind.Periodisitas, c.NomorPeriode);
            var ada = await KueriRealisasi.RealisasiAsync(db, pk, ind, c.NomorPeriode, ct);
            if (RealisasiKinerja.AlasanTerkunci(ada, periode, await KueriRealisasi.TertutupAsync(db, pk.SatkerId, periode, ct)) is { } terkunci)
            {
                return Gagal.TidakSah($"{char.ToUpperInvariant(terkunci[0])}{terkunci[1..]}; realisasinya terkunci.");
            }

            if (ada is not null && c.Revisi != ada.Revisi)
            {
                return Gagal.Konflik(Konflik);
            }

            var salah = new List<Kesalahan>();
            var realisasi = ada ?? new RealisasiKinerja { Tahun = pk.Tahun, JenisPeriode = ind.Periodisitas, NomorPeriode = c.NomorPeriode };
            var terisi = IsiNilai(ind, realisasi, c, salah);
            if ((c.Analisis?.Length ?? 0) > PanjangAnalisisMaksimum)
            {
                salah.Add(new("Analisis", $"Analisis paling panjang {PanjangAnalisisMaksimum} karakter."));
            }

            var berkasBaru = await BerkasBukti.BacaAsync(db, [.. c.Berkas.Select(b => (b.Nama, b.Isi))], BerkasPerKirimanMaksimum, salah, ct);
            if (await BerkasBukti.KuotaAsync(db, batas, pk.Satker, berkasBaru, ct) is { } salahKuota)
            {
                salah.Add(new("Berkas", salahKuota));
            }

            if (c.Ajukan && !terisi)
            {
                salah.Add(new("Nilai", "Realisasi wajib diisi sebelum diajukan."));
            }

            if (c.Ajukan && realisasi.Buktis.Count + berkasBaru.Count == 0)
            {
                salah.Add(new("Berkas", "Lampirkan sedikitnya satu berkas bukti sebelum mengajukan."));
            }

            if (salah.Count > 0)
            {
                if (ada is not null)
                {
                    await db.Entry(ada).ReloadAsync(ct);
                }

                return Gagal.TidakSah(salah);
            }

            realisasi.Analisis = string.IsNullOrWhiteSpace(c.Analisis) ? null : c.Analisis.Trim();
            realisasi.Simpan(c.Ajukan);
            var sekarang = clock.GetUtcNow().ToUniversalTime();
            foreach (var (nama, berkas) in berkasBaru)
            {
                realisasi.Buktis.Add(new BuktiRealisasi { Berkas = berkas, NamaBerkas = nama, DiunggahPada = sekarang });
            }

            if (ada is null)
            {
                ind.Realisasis.Add(realisasi);
            }

            if (c.Ajukan)
            {
                db.TandaiAksi(realisasi, AksiAudit.Ajukan);
                await pemberitahu.KepadaAsync(
                    pk.Satker,
                    Tindakan.MemverifikasiRealisasi,
                    JenisPemberitahuan.MenungguVerifikasi,
                    $"{pelaku.NamaPengguna} mengajukan realisasi {ind.Kode} {periode.Label} ({pk.Satker.Nama}) untuk diverifikasi.",
                    $"/Realisasi/Isi?indikator={ind.Id}&periode={c.NomorPeriode}",
                    pelaku.PenggunaId,
                    null,
                    ct);
            }

            return await db.SimpanAsync(() => new Hasil(realisasi.Id, realisasi.Status), ct, Konflik);
        }

        private const string Konflik = "Realisasi ini telah diubah oleh pengguna lain sejak Anda membukanya. Isian Anda belum disimpan: muat ulang halaman, periksa perubahan itu, lalu isi kembali.";

        /// <summary>Puts the entered value on the entity; false when nothing was entered.</summary>
        private static bool IsiNilai(IndikatorKinerja ind, RealisasiKinerja r, Command c, List<Kesalahan> salah)
        {
            switch (ind.JenisTarget)
            {
                case JenisTarget.Predikat:
                    var kode = c.Nilai?.Trim() ?? string.Empty;
                    if (kode.Length == 0)
                    {
                        r.Predikat = null;
                        return false;
                    }

                    if (NilaiRealisasi.BacaPredikat(ind, kode, out var predikat) is { } salahPredikat)
                    {
                        salah.Add(new("Nilai", salahPredikat));
                        return false;
                    }

                    r.Predikat = predikat;
                    return true;
                case JenisTarget.Milestone:
                    r.Selesai = c.Selesai;
                    r.TanggalSelesai = c.Selesai ? c.TanggalSelesai : null;
                    if (c.Selesai && c.TanggalSelesai is null)
                    {
                        salah.Add(new("TanggalSelesai", "Isi tanggal selesai."));
                    }

                    return true;
            }

            var rumus = ind.Rumus is null ? null : Domain.Periode.Rumus.Baca(ind.Rumus);
            if (rumus is not null && c.Variabel.Values.Any(v => !string.IsNullOrWhiteSpace(v)))
            {
                r.Variabels.Clear();
                foreach (var nama in rumus.Variabels)
                {
                    var teks = c.Variabel.TryGetValue(nama, out var isian) ? isian : null;
                    if (!AngkaIndonesia.TryParse(teks, out var nilai, out var galat))
                    {
                        salah.Add(new("Variabel." + nama, $"{nama}: {galat}."));
                    }
                    else if (NilaiRealisasi.Periksa(nilai, null) is { } galatNilai)
                    {
                        salah.Add(new("Variabel." + nama, $"{nama}: {galatNilai}"));
                    }
                    else
                    {
                        r.Variabels.Add(new RealisasiVariabel { Nama = nama, Nilai = nilai });
                    }
                }

                r.Nilai = null;
                r.Satuan = rumus.Pengali == 100m ? Satuan.Persen : ind.Satuan;
                return true;
            }

            if (string.IsNullOrWhiteSpace(c.Nilai))
            {
                r.Nilai = null;
                return false;
            }

            if (NilaiRealisasi.BacaAngka(c.Nilai, ind.Satuan, out var angka, out var satuan) is { } salahAngka)
            {
                salah.Add(new("Nilai", salahAngka));
                return false;
            }

            r.Variabels.Clear();
            r.Nilai = angka;
            r.Satuan = satuan;
            return true;
        }
    }
}
