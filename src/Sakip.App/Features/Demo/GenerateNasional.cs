using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.Domain.Capaian;
using Sakip.Domain.Periode;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Demo;

/// <summary>
/// A synthetic nation for measuring Sakip at the scale of KPU (a system job, no user): the 553
/// satker in the shape of the real tree (KPU RI, the 38 provinces under their Kemendagri codes, and
/// as many kab/kota under each as it has, kabupaten numbered from 01 and kota from 71), each with a
/// signed PK of <see cref="Command.Indikator"/> monthly indicators in four sasaran (the first a
/// formula all of them share), twelve months
/// of realisasi (most verified, some submitted, returned, drafts or missing, so that the oversight
/// page has something to show) and an operator and a pimpinan (the province's and KPU RI's with
/// reading below). Names of kab/kota are synthetic. Satker that exist already (the demo's) are
/// left as they are; running it again adds nothing. Written a province at a time, with the audit
/// trail like every other change.
/// </summary>
public static class GenerateNasional
{
    /// <param name="Tahun">The year of the PKs and realisasi.</param>
    /// <param name="Indikator">Indicators per PK (4 to 40).</param>
    /// <param name="KataSandi">The password of every generated account (at least 12 characters).</param>
    /// <param name="BatasProvinsi">Only the first this many provinces (for tests); null for all 38.</param>
    public sealed record Command(int Tahun, int Indikator, string KataSandi, int? BatasProvinsi = null);

    /// <param name="Satker">Satker added.</param>
    /// <param name="Realisasi">Realisasi added.</param>
    /// <param name="Pengguna">Accounts added.</param>
    public sealed record Hasil(int Satker, int Realisasi, int Pengguna);

    /// <summary>The 38 provinces (Kemendagri codes, as the KPU used them in 2024), with their kab/kota and kota counts: 514 kab/kota, 98 kota.</summary>
    public static readonly (string Kode, string Nama, int KabKota, int Kota)[] Provinsi =
    [
        ("11", "Aceh", 23, 5), ("12", "Sumatera Utara", 33, 8), ("13", "Sumatera Barat", 19, 7), ("14", "Riau", 12, 2),
        ("15", "Jambi", 11, 2), ("16", "Sumatera Selatan", 17, 4), ("17", "Bengkulu", 10, 1), ("18", "Lampung", 15, 2),
        ("19", "Kepulauan Bangka Belitung", 7, 1), ("21", "Kepulauan Riau", 7, 2), ("31", "DKI Jakarta", 6, 5), ("32", "Jawa Barat", 27, 9),
        ("33", "Jawa Tengah", 35, 6), ("34", "DI Yogyakarta", 5, 1), ("35", "Jawa Timur", 38, 9), ("36", "Banten", 8, 4),
        ("51", "Bali", 9, 1), ("52", "Nusa Tenggara Barat", 10, 2), ("53", "Nusa Tenggara Timur", 22, 1), ("61", "Kalimantan Barat", 14, 2),
        ("62", "Kalimantan Tengah", 14, 1), ("63", "Kalimantan Selatan", 13, 2), ("64", "Kalimantan Timur", 10, 3), ("65", "Kalimantan Utara", 5, 1),
        ("71", "Sulawesi Utara", 15, 4), ("72", "Sulawesi Tengah", 13, 1), ("73", "Sulawesi Selatan", 24, 3), ("74", "Sulawesi Tenggara", 17, 2),
        ("75", "Gorontalo", 6, 1), ("76", "Sulawesi Barat", 6, 0), ("81", "Maluku", 11, 2), ("82", "Maluku Utara", 10, 2),
        ("91", "Papua", 9, 1), ("92", "Papua Barat", 7, 0), ("93", "Papua Selatan", 4, 0), ("94", "Papua Tengah", 8, 0),
        ("95", "Papua Pegunungan", 8, 0), ("96", "Papua Barat Daya", 6, 1),
    ];

    public sealed class Handler(SakipDbContext db, IPasswordHasher<PenggunaEntity> hasher)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(Command c, CancellationToken ct)
        {
            var salah = new List<Kesalahan>();
            if (Periode.PeriksaTahun(c.Tahun) is { } salahTahun)
            {
                salah.Add(new(nameof(Command.Tahun), salahTahun));
            }

            if (c.Indikator is < 4 or > 40)
            {
                salah.Add(new(nameof(Command.Indikator), "Jumlah indikator per PK harus 4 sampai 40."));
            }

            if (c.KataSandi.Length < 12)
            {
                salah.Add(new(nameof(Command.KataSandi), "Kata sandi akun yang dibuat paling sedikit 12 karakter."));
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
            }

            // One hash for every generated account: hashing 1.100 passwords one by one would take minutes and prove nothing.
            var hash = hasher.HashPassword(new PenggunaEntity { NamaPengguna = "nasional", NamaLengkap = "nasional", HashKataSandi = string.Empty }, c.KataSandi);
            var ada = await db.Satkers.AsNoTracking().ToDictionaryAsync(s => s.Kode, s => (s.Id, s.Nama), ct);
            var adaPengguna = (await db.Set<PenggunaEntity>().AsNoTracking().Select(p => p.NamaPengguna).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            int satker = 0, realisasi = 0, pengguna = 0;

            var pusatId = await SatkerAsync(Satker.KodePusat, "KPU Republik Indonesia", TingkatSatker.Pusat, null, ct);
            foreach (var (kode, nama, kabKota, kota) in Provinsi.Take(c.BatasProvinsi ?? Provinsi.Length))
            {
                var provinsiId = await SatkerAsync(kode, $"KPU Provinsi {nama}", TingkatSatker.Provinsi, pusatId, ct);
                for (var i = 1; i <= kabKota; i++)
                {
                    var adalahKota = i > kabKota - kota;
                    var nomor = adalahKota ? 70 + i - (kabKota - kota) : i;
                    var kodeKab = $"{kode}{nomor:00}";
                    await SatkerAsync(kodeKab, adalahKota ? $"KPU Kota {nama} {nomor:00}" : $"KPU Kabupaten {nama} {nomor:00}", TingkatSatker.KabupatenKota, provinsiId, ct);
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            return new Hasil(satker, realisasi, pengguna);

            // An operator and a pimpinan of the satker; above the kab/kota, the pimpinan also reads below.
            void Akun(Satker s, bool turunan)
            {
                foreach (var (awalan, peran, namaPeran) in new[] { ("operator", Peran.Operator, "Operator"), ("pimpinan", Peran.Pimpinan, "Pimpinan") })
                {
                    var namaPengguna = $"{awalan}.{s.Kode}";
                    if (!adaPengguna.Add(namaPengguna))
                    {
                        continue;
                    }

                    var p = new PenggunaEntity { NamaPengguna = namaPengguna, NamaLengkap = $"{namaPeran} {s.Nama}", HashKataSandi = hash };
                    p.HakAkses.Add(Hak(s, peran, false));
                    if (turunan && peran == Peran.Pimpinan)
                    {
                        p.HakAkses.Add(Hak(s, Peran.Pemantau, true));
                    }

                    db.Add(p);
                    pengguna++;
                }
            }

            // A satker saved already is named by its id, a new one by the entity (its id comes with the save).
            static HakAkses Hak(Satker s, Peran peran, bool turunan) =>
                s.Id == 0 ? new HakAkses { Satker = s, Peran = peran, TermasukTurunan = turunan } : new HakAkses { SatkerId = s.Id, Peran = peran, TermasukTurunan = turunan };

            async Task<int> SatkerAsync(string kode, string nama, TingkatSatker tingkat, int? indukId, CancellationToken token)
            {
                var turunan = tingkat != TingkatSatker.KabupatenKota;
                if (ada.TryGetValue(kode, out var adaSatker))
                {
                    // A satker of the demo keeps its data; it only gets the accounts it lacks.
                    Akun(new Satker { Id = adaSatker.Id, Kode = kode, Nama = adaSatker.Nama }, turunan);
                    await db.SaveChangesAsync(token);
                    db.ChangeTracker.Clear();
                    return adaSatker.Id;
                }

                var s = new Satker { Kode = kode, Nama = nama, Tingkat = tingkat, IndukId = indukId };
                db.Satkers.Add(s);
                satker++;
                var pk = Perjanjian(s, c.Tahun, c.Indikator, kode);
                db.PerjanjianKinerjas.Add(pk);
                realisasi += pk.Sasarans.Sum(x => x.Indikators.Sum(i => i.Realisasis.Count));
                Akun(s, turunan);

                // The id is needed by the children: save the satker with its PK now (a province's
                // kab/kota are saved together afterwards).
                if (tingkat != TingkatSatker.KabupatenKota)
                {
                    await db.SaveChangesAsync(token);
                    db.ChangeTracker.Clear();
                }

                return s.Id;
            }
        }
    }

    /// <summary>
    /// A signed PK with four sasaran of monthly percentage indicators and a year of realisasi; the
    /// figures and states are pseudo-random but the same for the same satker code on every run.
    /// </summary>
    internal static PerjanjianKinerja Perjanjian(Satker satker, int tahun, int jumlahIndikator, string kode)
    {
        var acak = new Random(int.Parse(kode, System.Globalization.CultureInfo.InvariantCulture) * 7919 + tahun);
        var pk = new PerjanjianKinerja
        {
            Satker = satker,
            Tahun = tahun,
            Kode = "PK",
            Judul = $"Perjanjian Kinerja {tahun} {satker.Nama}",
            BerlakuMulai = new DateOnly(tahun, 1, 1),
            Tanggal = new DateOnly(tahun, 1, 2),
            Status = StatusPerjanjianKinerja.Ditandatangani,
        };
        // Each satker performs at its own level (60 % to 115 % of its targets), so the nation's
        // capaian spread over the categories as real ones do.
        var tingkat = 0.6m + (acak.Next(0, 551) / 1000m);
        for (var s = 1; s <= 4; s++)
        {
            pk.Sasarans.Add(new SasaranPerjanjianKinerja { Kode = s.ToString(System.Globalization.CultureInfo.InvariantCulture), Urutan = s, Uraian = $"Sasaran strategis {s}" });
        }

        for (var n = 0; n < jumlahIndikator; n++)
        {
            var sasaran = pk.Sasarans[n % 4];
            var target = 80m + acak.Next(0, 21);
            // The first indicator is a formula shared by every satker (reports on time over reports
            // due), so the roll-up across satker has numerators and denominators to sum.
            var rumus = n == 0;
            var ind = new IndikatorKinerja
            {
                Kode = $"{sasaran.Kode}.{sasaran.Indikators.Count + 1}",
                Urutan = sasaran.Indikators.Count + 1,
                Uraian = rumus ? "Persentase laporan yang disampaikan tepat waktu" : $"Persentase capaian kegiatan {n + 1}",
                JenisTarget = JenisTarget.Angka,
                Polaritas = Polaritas.Naik,
                TargetNilai = target,
                Satuan = "persen",
                Periodisitas = JenisPeriode.Bulan,
                CaraAkumulasi = rumus ? CaraAkumulasi.HitungUlangDariVariabel : CaraAkumulasi.RataRata,
                Rumus = rumus ? "tepat / wajib x 100" : null,
            };
            for (var bulan = 1; bulan <= 12; bulan++)
            {
                var nasib = acak.Next(100);
                if (nasib < 4)
                {
                    continue;
                }

                var wajib = acak.Next(10, 21);
                var tepat = Math.Max(0, Math.Min(wajib, (int)Math.Round(wajib * tingkat) - acak.Next(0, 3)));
                var r = new RealisasiKinerja
                {
                    Tahun = tahun,
                    JenisPeriode = JenisPeriode.Bulan,
                    NomorPeriode = bulan,
                    Nilai = rumus ? null : Math.Round(target * (tingkat - 0.1m + (acak.Next(0, 2001) / 10000m)), 2),
                    Satuan = "persen",
                    Status = nasib switch
                    {
                        < 9 => StatusRealisasi.Draf,
                        < 12 => StatusRealisasi.Dikembalikan,
                        < 18 => StatusRealisasi.Diajukan,
                        _ => StatusRealisasi.Diverifikasi,
                    },
                    CatatanVerifikasi = nasib is >= 9 and < 12 ? "Lengkapi bukti dukung." : null,
                };
                if (rumus)
                {
                    r.Variabels.Add(new RealisasiVariabel { Nama = "tepat", Nilai = tepat });
                    r.Variabels.Add(new RealisasiVariabel { Nama = "wajib", Nilai = wajib });
                }

                ind.Realisasis.Add(r);
            }

            sasaran.Indikators.Add(ind);
        }

        return pk;
    }
}
