using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Demo;
using Sakip.App.Entities;
using Sakip.App.Evaluasi;
using Sakip.App.Features.Kepemiluan;
using Sakip.App.Import.Anggaran;
using Sakip.App.Keamanan;
using Sakip.Domain.Anggaran;
using Sakip.Domain.Bilangan;
using Sakip.Domain.Capaian;
using Sakip.Domain.Evaluasi;
using Sakip.Domain.Kategori;
using Sakip.Domain.Kepemiluan;
using Sakip.Domain.Periode;

using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Demo;

/// <summary>
/// Loads the demo dataset: KPU Provinsi Lampung (its Renstra statements, both RKTs, both 2024
/// PKs, budget programmes) and its child KPU Kota Bandar Lampung (Renstra targets 2020-2024 from
/// Tabel 4, the 2024 PK with targets and realisasi, the Tabel 8 scale), with the national and
/// provincial satker tree around them. Idempotent: a part that already exists is left as it is,
/// so running it again changes nothing and keeps what users edited. Where the seed is silent (a
/// target or realisasi not printed) the value stays missing.
/// </summary>
public static class LoadDemo
{
    public const string KodeProvinsi = "18";

    public const string KodeKota = "1871";

    public const int Tahun = 2024;

    /// <param name="KataSandiDemo">
    /// The password of the demo accounts (from <c>SAKIP_DEMO_PASSWORD</c>); when null a random one
    /// is generated and returned once, in <see cref="Hasil.KataSandiDibuat"/>.
    /// </param>
    public sealed record Command(string? KataSandiDemo = null);

    /// <param name="Ditambahkan">What was added, one line each; empty when everything was already there.</param>
    /// <param name="KataSandiDibuat">The generated password when demo accounts were created without one given; shown once.</param>
    public sealed record Hasil(IReadOnlyList<string> Ditambahkan, string? KataSandiDibuat = null);

    /// <summary>The demo accounts: user name, full name, and grants (role, satker, with descendants).</summary>
    public static readonly (string Nama, string NamaLengkap, (Peran Peran, string Satker, bool Turunan)[] Hak)[] AkunDemo =
    [
        ("admin.1871", "Administrator KPU Kota Bandar Lampung", [(Peran.Administrator, KodeKota, false)]),
        ("admin.00", "Administrator KPU Republik Indonesia", [(Peran.Administrator, "00", false)]),
        ("operator.1871", "Operator Perencanaan KPU Kota Bandar Lampung", [(Peran.Operator, KodeKota, false)]),
        ("pimpinan.1871", "Sekretaris KPU Kota Bandar Lampung", [(Peran.Pimpinan, KodeKota, false)]),
        ("evaluator.1871", "Tim Evaluasi Internal KPU Kota Bandar Lampung", [(Peran.Evaluator, KodeKota, false)]),
        ("pemantau.1871", "Pemantau KPU Kota Bandar Lampung", [(Peran.Pemantau, KodeKota, false)]),
        ("evaluator.18", "Evaluator SAKIP KPU Provinsi Lampung", [(Peran.Evaluator, KodeProvinsi, true)]),
        ("operator.18", "Operator Perencanaan KPU Provinsi Lampung", [(Peran.Operator, KodeProvinsi, false), (Peran.Pemantau, KodeProvinsi, true)]),
        ("pimpinan.18", "Sekretaris KPU Provinsi Lampung", [(Peran.Pimpinan, KodeProvinsi, false), (Peran.Pemantau, KodeProvinsi, true)]),
        ("operator.1801", "Operator KPU Kabupaten Lampung Barat", [(Peran.Operator, "1801", false)]),
    ];

    /// <summary>The satker of Lampung by Kemendagri code (Permendagri 58/2021: 01-69 kabupaten, 71-99 kota).</summary>
    private static readonly (string Kode, string Nama)[] KabKotaLampung =
    [
        ("1801", "KPU Kabupaten Lampung Barat"), ("1802", "KPU Kabupaten Tanggamus"), ("1803", "KPU Kabupaten Lampung Selatan"),
        ("1804", "KPU Kabupaten Lampung Timur"), ("1805", "KPU Kabupaten Lampung Tengah"), ("1806", "KPU Kabupaten Lampung Utara"),
        ("1807", "KPU Kabupaten Way Kanan"), ("1808", "KPU Kabupaten Tulang Bawang"), ("1809", "KPU Kabupaten Pesawaran"),
        ("1810", "KPU Kabupaten Pringsewu"), ("1811", "KPU Kabupaten Mesuji"), ("1812", "KPU Kabupaten Tulang Bawang Barat"),
        ("1813", "KPU Kabupaten Pesisir Barat"), (KodeKota, "KPU Kota Bandar Lampung"), ("1872", "KPU Kota Metro"),
    ];

    public sealed class Handler(SakipDbContext db, IPasswordHasher<PenggunaEntity> hasher)
    {
        private readonly List<string> ditambahkan = [];

        public async Task<Jawaban<Hasil>> HandleAsync(Command command, CancellationToken ct)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var pusat = await SatkerAsync(Satker.KodePusat, "KPU Republik Indonesia", TingkatSatker.Pusat, null, ct);
            var provinsi = await SatkerAsync(KodeProvinsi, "KPU Provinsi Lampung", TingkatSatker.Provinsi, pusat, ct);
            Satker? kota = null;
            foreach (var (kode, nama) in KabKotaLampung)
            {
                var s = await SatkerAsync(kode, nama, TingkatSatker.KabupatenKota, provinsi, ct);
                kota = kode == KodeKota ? s : kota;
            }

            await db.SaveChangesAsync(ct);

            var ketuaProvinsi = await PegawaiAsync(provinsi, "ERWAN BUSTAMI", null, "Ketua KPU Provinsi Lampung", JenisPegawai.Komisioner, ct);
            var sekretarisProvinsi = await PegawaiAsync(provinsi, "MASHUR SAMPURNA JAYA", null, "Sekretaris KPU Provinsi Lampung", JenisPegawai.Asn, ct);
            await PegawaiKotaAsync(kota!, ct);
            await db.SaveChangesAsync(ct);
            await OrganisasiKotaAsync(kota!, ct);

            await RenstraProvinsiAsync(provinsi, ct);
            await RenstraKotaAsync(kota!, ct);
            await RktProvinsiAsync(provinsi, ketuaProvinsi, sekretarisProvinsi, ct);
            await ProgramProvinsiAsync(provinsi, ct);
            await ProgramKotaAsync(kota!, ct);
            await PerjanjianProvinsiAsync(provinsi, "KETUA", "lampung_prov_2024_pk_ketua.csv", ketuaProvinsi, null, ct);
            await PerjanjianProvinsiAsync(provinsi, "SEKRETARIS", "lampung_prov_2024_pk_sekretaris.csv", sekretarisProvinsi, ketuaProvinsi, ct);
            await PerjanjianKotaAsync(kota!, ct);
            await KebijakanAsync(provinsi, ct);
            await KebijakanAsync(kota!, ct);
            await KepemiluanKotaAsync(kota!, ct);
            await AnggaranAsync(provinsi, "anggaran_18_2024.csv", ct);
            await AnggaranAsync(kota!, "anggaran_1871_2024.csv", ct);
            await AnggaranKotaAsync(kota!, ct);
            await EvaluasiTercetakKotaAsync(kota!, ct);
            await EvaluasiDikerjakanAsync(kota!, 2, ct);
            await EvaluasiDikerjakanAsync(await db.Satkers.SingleAsync(s => s.Kode == "1872", ct), 1, ct);
            var kataSandiDibuat = await AkunDemoAsync(command.KataSandiDemo, ct);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new Hasil(ditambahkan, kataSandiDibuat);
        }

        /// <summary>Creates the demo accounts that do not exist yet; returns the generated password, if one was generated.</summary>
        private async Task<string?> AkunDemoAsync(string? kataSandi, CancellationToken ct)
        {
            var baru = new List<(string Nama, string NamaLengkap, (Peran Peran, string Satker, bool Turunan)[] Hak)>();
            foreach (var akun in AkunDemo)
            {
                if (!await db.Set<PenggunaEntity>().AnyAsync(p => p.NamaPengguna == akun.Nama, ct))
                {
                    baru.Add(akun);
                }
            }

            if (baru.Count == 0)
            {
                return null;
            }

            var dibuat = string.IsNullOrEmpty(kataSandi) ? BuatKataSandi() : null;
            var sandi = kataSandi ?? dibuat!;
            var salah = baru.SelectMany(a => AturanKataSandi.Periksa(sandi, a.Nama)).Distinct().ToList();
            if (salah.Count > 0)
            {
                throw new InvalidOperationException("SAKIP_DEMO_PASSWORD tidak memenuhi aturan kata sandi: " + string.Join(" ", salah));
            }

            var satkers = await db.Satkers.ToDictionaryAsync(s => s.Kode, s => s.Id, ct);
            foreach (var (nama, namaLengkap, hak) in baru)
            {
                var pengguna = new PenggunaEntity { NamaPengguna = nama, NamaLengkap = namaLengkap, HashKataSandi = string.Empty };
                pengguna.HashKataSandi = hasher.HashPassword(pengguna, sandi);
                pengguna.HakAkses.AddRange(hak.Select(h => new HakAkses { Peran = h.Peran, SatkerId = satkers[h.Satker], TermasukTurunan = h.Turunan }));
                db.Add(pengguna);
            }

            ditambahkan.Add($"{baru.Count} akun demo ({string.Join(", ", baru.Select(b => b.Nama))})");
            return dibuat;
        }

        /// <summary>16 characters from an alphabet without look-alikes, with at least one letter and one digit.</summary>
        private static string BuatKataSandi()
        {
            const string huruf = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
            const string angka = "23456789";
            while (true)
            {
                var s = RandomNumberGenerator.GetString(huruf + angka, 16);
                if (s.Any(char.IsLetter) && s.Any(char.IsDigit))
                {
                    return s;
                }
            }
        }

        private async Task<Satker> SatkerAsync(string kode, string nama, TingkatSatker tingkat, Satker? induk, CancellationToken ct)
        {
            var ada = await db.Satkers.SingleOrDefaultAsync(s => s.Kode == kode, ct);
            if (ada is not null)
            {
                return ada;
            }

            var satker = new Satker { Kode = kode, Nama = nama, Tingkat = tingkat, Induk = induk };
            db.Satkers.Add(satker);
            ditambahkan.Add($"Satker {kode} {nama}");
            return satker;
        }

        /// <summary>
        /// The person of that NIP (or name) in the satker, recorded when missing. A record nobody has
        /// edited in Sakip (revision 0, perhaps from before people had kinds) is brought to the seed's
        /// kind, post and <paramref name="isi"/>; an edited one is left as its users made it.
        /// </summary>
        private async Task<Pegawai> PegawaiAsync(Satker satker, string nama, string? nip, string jabatan, JenisPegawai jenis, CancellationToken ct, Action<Pegawai>? isi = null)
        {
            var pegawai = nip is null
                ? await db.Pegawais.SingleOrDefaultAsync(p => p.SatkerId == satker.Id && p.Nama == nama, ct)
                : await db.Pegawais.SingleOrDefaultAsync(p => p.Nip == nip, ct);
            if (pegawai is null)
            {
                pegawai = new Pegawai { Satker = satker, Nama = nama, Nip = nip, Jabatan = jabatan };
                db.Pegawais.Add(pegawai);
            }
            else if (pegawai.Revisi > 0)
            {
                return pegawai;
            }

            pegawai.Jenis = jenis;
            pegawai.Jabatan = jabatan;
            isi?.Invoke(pegawai);
            return pegawai;
        }

        /// <summary>The posts of Tabel 1's heads of sub-section, from the SAKIP team's lampiran (row number in Tabel 1 to post); the rest are secretariat staff.</summary>
        private static readonly Dictionary<string, string> JabatanAsnKota = new(StringComparer.Ordinal)
        {
            ["1"] = "Sekretaris KPU Kota Bandar Lampung",
            ["2"] = "Kasubbag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat",
            ["4"] = "Kasubag Perencanaan, Data dan Informasi",
            ["5"] = "Kasubag Keuangan, Umum dan Logistik",
            ["9"] = "Kasubag Hukum dan SDM",
        };

        /// <summary>
        /// The people of KPU Kota Bandar Lampung: its five commissioners (the SAKIP team's Pengawas),
        /// the 17 ASN of Tabel 1 (row 18 repeats row 10 and is loaded once; rows 3 and 9 share one NIP,
        /// which stays with row 3: seed-data discrepancy 25) and the 12 PPNPN of Tabel 2.
        /// </summary>
        private async Task PegawaiKotaAsync(Satker kota, CancellationToken ct)
        {
            foreach (var r in SeedTabel.Baca("bandarlampung_2024_tim_evaluasi_internal.csv").Where(r => r["kedudukan_dalam_tim"] == "Pengawas"))
            {
                var ketua = r["jabatan"].StartsWith("Ketua", StringComparison.Ordinal);
                await PegawaiAsync(kota, r["nama"], null, (ketua ? "Ketua" : "Anggota") + " KPU Kota Bandar Lampung", JenisPegawai.Komisioner, ct);
            }

            var nipTerpakai = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in SeedTabel.Baca("bandarlampung_staff_asn.csv").DistinctBy(r => (r["nama"], r["nip"])))
            {
                var nip = nipTerpakai.Add(r["nip"]) ? r["nip"] : null;
                await PegawaiAsync(kota, r["nama"], nip, JabatanAsnKota.GetValueOrDefault(r["no"]) ?? "Staf Sekretariat KPU Kota Bandar Lampung", JenisPegawai.Asn, ct, p =>
                {
                    p.PangkatGolongan = r["pangkat_golongan"];
                    p.TmtPangkat = DateOnly.Parse(r["tmt_pangkat"], CultureInfo.InvariantCulture);
                    p.MulaiBertugas = DateOnly.Parse(r["spmt"], CultureInfo.InvariantCulture);
                });
            }

            foreach (var r in SeedTabel.Baca("bandarlampung_staff_ppnpn.csv"))
            {
                await PegawaiAsync(kota, r["nama"], null, "Pegawai Pemerintah Non PNS", JenisPegawai.Ppnpn, ct, p => p.MulaiBertugas = DateOnly.Parse(r["tanggal_spmt"], CultureInfo.InvariantCulture));
            }

            var jumlah = db.ChangeTracker.Entries<Pegawai>().Count(e => e.State == EntityState.Added);
            if (jumlah > 0)
            {
                ditambahkan.Add($"{jumlah} pegawai KPU Kota Bandar Lampung (anggota KPU, Tabel 1 dan Tabel 2)");
            }
        }

        /// <summary>
        /// The divisions of Tabel 3 and the SAKIP team of 2024 with its decree. The seed prints the
        /// decree as number 14 of 26 January 2024 and its lampiran as number 4 of 4 January 2024
        /// (discrepancy 27); Sakip keeps the decree's own heading and date, once.
        /// </summary>
        private async Task OrganisasiKotaAsync(Satker kota, CancellationToken ct)
        {
            if (!await db.Divisis.AnyAsync(d => d.SatkerId == kota.Id, ct))
            {
                foreach (var r in SeedTabel.Baca("bandarlampung_division_secretariat_relations.csv"))
                {
                    db.Divisis.Add(new Divisi { SatkerId = kota.Id, Urutan = int.Parse(r["no"], CultureInfo.InvariantCulture), Nama = r["nama_divisi"], Tugas = r["tugas_divisi"], UnitSekretariat = r["hubungan_kerja_sekretariat"] });
                }

                ditambahkan.Add("Divisi KPU Kota Bandar Lampung dan hubungan kerjanya dengan sekretariat (Tabel 3)");
            }

            if (!await db.TimSakips.AnyAsync(t => t.SatkerId == kota.Id && t.Tahun == 2024, ct))
            {
                var tim = new TimSakip
                {
                    SatkerId = kota.Id,
                    Tahun = 2024,
                    NomorKeputusan = "14 Tahun 2024",
                    TanggalKeputusan = new DateOnly(2024, 1, 26),
                    Tentang = "Pembentukan Tim Evaluasi Internal Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) di Lingkungan Komisi Pemilihan Umum Kota Bandar Lampung Tahun 2024",
                };
                var urutan = 0;
                foreach (var r in SeedTabel.Baca("bandarlampung_2024_tim_evaluasi_internal.csv"))
                {
                    tim.Anggotas.Add(new AnggotaTimSakip
                    {
                        Urutan = ++urutan,
                        Kelompok = r["kelompok"] switch
                        {
                            "PENGAWAS (SUPERVISOR)" => "Pengawas",
                            "PENANGGUNGJAWAB" => "Penanggung Jawab",
                            _ => "Tim Evaluasi Internal",
                        },
                        Nama = r["nama"],
                        Jabatan = r["jabatan"],
                        Kedudukan = r["kedudukan_dalam_tim"],
                        Tugas = r["tugas_dalam_tim"],
                    });
                }

                db.TimSakips.Add(tim);
                ditambahkan.Add("Tim Evaluasi Internal SAKIP 2024 KPU Kota Bandar Lampung (Keputusan Nomor 14 Tahun 2024)");
            }

            await db.SaveChangesAsync(ct);
        }

        private async Task RenstraProvinsiAsync(Satker provinsi, CancellationToken ct)
        {
            if (await db.Renstras.AnyAsync(r => r.SatkerId == provinsi.Id && r.TahunAwal == 2020, ct))
            {
                return;
            }

            var rows = SeedTabel.Baca("lampung_prov_2024_strategic.csv");
            var renstra = new Renstra { Satker = provinsi, TahunAwal = 2020, TahunAkhir = 2024, Visi = rows.Single(r => r["section"] == "visi")["text"] };
            foreach (var r in rows.Where(r => r["section"] == "misi"))
            {
                renstra.Butirs.Add(new RenstraButir { Jenis = JenisButirRenstra.Misi, Nomor = int.Parse(r["seq"], CultureInfo.InvariantCulture), Teks = r["text"] });
            }

            foreach (var r in rows.Where(r => r["section"] == "sasaran_strategis"))
            {
                renstra.Sasarans.Add(new SasaranRenstra { Kode = "SS" + r["seq"], Uraian = r["text"].TrimEnd(';', '.') });
            }

            db.Renstras.Add(renstra);
            ditambahkan.Add("Renstra 2020-2024 KPU Provinsi Lampung (visi, misi, sasaran strategis)");
        }

        private async Task RenstraKotaAsync(Satker kota, CancellationToken ct)
        {
            if (await db.Renstras.AnyAsync(r => r.SatkerId == kota.Id && r.TahunAwal == 2020, ct))
            {
                return;
            }

            var strategis = SeedTabel.Baca("bandarlampung_strategic.csv");
            var renstra = new Renstra { Satker = kota, TahunAwal = 2020, TahunAkhir = 2024, Visi = strategis.Single(r => r["section"] == "visi")["text"] };
            foreach (var r in strategis.Where(r => r["section"] is "misi" or "tujuan"))
            {
                renstra.Butirs.Add(new RenstraButir
                {
                    Jenis = r["section"] == "misi" ? JenisButirRenstra.Misi : JenisButirRenstra.Tujuan,
                    Nomor = int.Parse(r["item_no"], CultureInfo.InvariantCulture),
                    Teks = r["text"],
                });
            }

            // Tabel 4: one sasaran kegiatan per row, each with one indicator and its yearly targets as printed.
            foreach (var r in SeedTabel.Baca("bandarlampung_2024_renstra_targets.csv"))
            {
                var kegiatan = r["kegiatan_code"].Length > 0 ? r["kegiatan_code"] : "DM";
                var sasaran = new SasaranRenstra
                {
                    Kode = kegiatan + "." + r["sasaran_kegiatan_no"],
                    Uraian = r["sasaran_kegiatan"],
                    Program = r["program_code"] + " " + r["program_name"],
                    Kegiatan = r["kegiatan_name_as_printed"],
                };
                var indikator = new IndikatorRenstra { Kode = "1", Uraian = r["indikator_kinerja"] };
                for (var tahun = 2020; tahun <= 2024; tahun++)
                {
                    var teks = r["target_" + tahun.ToString(CultureInfo.InvariantCulture)];
                    if (teks.Length == 0)
                    {
                        continue;
                    }

                    var baca = AngkaIndonesia.Baca(teks);
                    indikator.Targets.Add(new TargetRenstra { Tahun = tahun, Teks = teks, Nilai = baca.Nilai, Satuan = baca.Satuan });
                }

                sasaran.Indikators.Add(indikator);
                renstra.Sasarans.Add(sasaran);
            }

            db.Renstras.Add(renstra);
            ditambahkan.Add("Renstra 2020-2024 KPU Kota Bandar Lampung (Tabel 4)");
        }

        private async Task RktProvinsiAsync(Satker provinsi, Pegawai ketua, Pegawai sekretaris, CancellationToken ct)
        {
            foreach (var unit in SeedTabel.Baca("lampung_prov_2024_rkt.csv").GroupBy(r => r["rkt_unit"]))
            {
                if (await db.Rkts.AnyAsync(r => r.SatkerId == provinsi.Id && r.Tahun == Tahun && r.Unit == unit.Key, ct))
                {
                    continue;
                }

                var rkt = new Rkt
                {
                    Satker = provinsi,
                    Tahun = Tahun,
                    Unit = unit.Key,
                    Penandatangan = unit.First()["signed_by"].StartsWith("Ketua", StringComparison.Ordinal) ? ketua : sekretaris,
                };
                foreach (var s in unit.GroupBy(r => r["sasaran_no"]))
                {
                    var sasaran = new SasaranRkt { Nomor = int.Parse(s.Key, CultureInfo.InvariantCulture), Uraian = s.First()["sasaran_kegiatan"] };
                    foreach (var r in s)
                    {
                        sasaran.Indikators.Add(new IndikatorRkt
                        {
                            Urutan = int.Parse(r["indicator_seq"], CultureInfo.InvariantCulture),
                            Uraian = r["indikator_kinerja"],
                            TargetTeks = r["target_as_printed"].Length == 0 ? null : r["target_as_printed"],
                            TargetNilai = SeedTabel.Angka(r["target_value"]),
                            Satuan = Satuan.Normalkan(r["target_unit"]),
                            CaraPencapaian = r["cara_pencapaian"],
                            CaraPengukuran = r["cara_pengukuran"],
                            Rumus = TidakMasukDaftar(r["indikator_kinerja"]) ? "dpk / (dpt + dptb) x 100" : null,
                            Polaritas = TidakMasukDaftar(r["indikator_kinerja"]) ? Polaritas.Turun : Polaritas.Naik,
                        });
                    }

                    rkt.Sasarans.Add(sasaran);
                }

                db.Rkts.Add(rkt);
                ditambahkan.Add($"RKT {Tahun} {unit.Key}");
            }
        }

        private async Task ProgramProvinsiAsync(Satker provinsi, CancellationToken ct)
        {
            if (await db.ProgramAnggarans.AnyAsync(p => p.SatkerId == provinsi.Id && p.Tahun == Tahun, ct))
            {
                return;
            }

            foreach (var r in SeedTabel.Baca("lampung_prov_2024_budget.csv"))
            {
                db.ProgramAnggarans.Add(new ProgramAnggaran
                {
                    SatkerId = provinsi.Id,
                    Tahun = Tahun,
                    Urutan = int.Parse(r["no"], CultureInfo.InvariantCulture),
                    Nama = r["program"],
                    Pagu = SeedTabel.Angka(r["anggaran_rp"])!.Value,
                });
            }

            ditambahkan.Add($"Program anggaran {Tahun} KPU Provinsi Lampung");
        }

        /// <summary>Tabel 6 prints no programme subtotal; each programme's pagu is the sum of its kegiatan lines.</summary>
        private async Task ProgramKotaAsync(Satker kota, CancellationToken ct)
        {
            if (await db.ProgramAnggarans.AnyAsync(p => p.SatkerId == kota.Id && p.Tahun == Tahun, ct))
            {
                return;
            }

            var tabel6 = SeedTabel.Baca("bandarlampung_2024_budget.csv").Where(r => r["source"].StartsWith("Tabel 6", StringComparison.Ordinal)).ToList();
            var urutan = 0;
            foreach (var program in tabel6.Where(r => r["row_type"] == "program"))
            {
                var pagu = tabel6.Where(r => r["row_type"] == "kegiatan" && r["program"] == program["program"]).Sum(r => SeedTabel.Angka(r["amount_rp"]) ?? 0m);
                db.ProgramAnggarans.Add(new ProgramAnggaran { SatkerId = kota.Id, Tahun = Tahun, Urutan = ++urutan, Nama = program["program"], Pagu = pagu });
            }

            ditambahkan.Add($"Program anggaran {Tahun} KPU Kota Bandar Lampung (Tabel 6)");
        }

        private async Task PerjanjianProvinsiAsync(Satker provinsi, string kode, string berkas, Pegawai pertama, Pegawai? kedua, CancellationToken ct)
        {
            if (await db.PerjanjianKinerjas.AnyAsync(p => p.SatkerId == provinsi.Id && p.Tahun == Tahun && p.Kode == kode, ct))
            {
                return;
            }

            var pk = new PerjanjianKinerja
            {
                Satker = provinsi,
                Tahun = Tahun,
                Kode = kode,
                Versi = 1,
                Judul = $"Perjanjian Kinerja {Tahun} {pertama.Jabatan}",
                PihakPertama = pertama,
                PihakKedua = kedua,
                Tempat = "Bandar Lampung",
                Tanggal = new DateOnly(Tahun, 1, 17),
                BerlakuMulai = new DateOnly(Tahun, 1, 1),
                Status = StatusPerjanjianKinerja.Ditandatangani,
            };
            foreach (var s in SeedTabel.Baca(berkas).GroupBy(r => r["sasaran_no"]))
            {
                var sasaran = new SasaranPerjanjianKinerja { Kode = s.Key, Urutan = int.Parse(s.Key, CultureInfo.InvariantCulture), Uraian = s.First()["sasaran_kegiatan"] };
                foreach (var r in s)
                {
                    var uraian = r["indikator_kinerja"];
                    var turun = uraian.Contains("tidak masuk", StringComparison.OrdinalIgnoreCase);
                    sasaran.Indikators.Add(new IndikatorKinerja
                    {
                        Kode = s.Key + "." + r["indicator_seq"],
                        Urutan = int.Parse(r["indicator_seq"], CultureInfo.InvariantCulture),
                        Uraian = uraian,
                        JenisTarget = JenisTarget.Angka,
                        Polaritas = turun ? Polaritas.Turun : Polaritas.Naik,
                        TargetNilai = SeedTabel.Angka(r["target_value"]),
                        Satuan = Satuan.Normalkan(r["target_unit"]),
                        CaraPerhitungan = r["cara_perhitungan_capaian"],
                        Rumus = turun ? "dpk / (dpt + dptb) x 100" : null,
                        CaraAkumulasi = turun ? CaraAkumulasi.HitungUlangDariVariabel : CaraAkumulasi.Terakhir,
                    });
                }

                pk.Sasarans.Add(sasaran);
            }

            db.PerjanjianKinerjas.Add(pk);
            ditambahkan.Add($"Perjanjian Kinerja {Tahun} KPU Provinsi Lampung ({kode})");
        }

        /// <summary>
        /// The 2024 PK of Tabel 5 (15 indicators) with the realisasi of Tabel 7. The report prints
        /// neither the PK's parties nor its date, so they stay empty.
        /// </summary>
        private async Task PerjanjianKotaAsync(Satker kota, CancellationToken ct)
        {
            const string kode = "KPU-KOTA";
            if (await db.PerjanjianKinerjas.AnyAsync(p => p.SatkerId == kota.Id && p.Tahun == Tahun && p.Kode == kode, ct))
            {
                return;
            }

            var pk = new PerjanjianKinerja
            {
                Satker = kota,
                Tahun = Tahun,
                Kode = kode,
                Versi = 1,
                Judul = $"Perjanjian Kinerja {Tahun} KPU Kota Bandar Lampung",
                BerlakuMulai = new DateOnly(Tahun, 1, 1),
                Status = StatusPerjanjianKinerja.Ditandatangani,
            };
            var rows = SeedTabel.Baca("bandarlampung_2024_pk_indicators.csv").Where(r => r["indicator_no_tabel5"].Length > 0);
            foreach (var s in rows.GroupBy(r => r["sasaran_no"]))
            {
                var sasaran = new SasaranPerjanjianKinerja { Kode = s.Key, Urutan = int.Parse(s.Key, CultureInfo.InvariantCulture), Uraian = s.First()["sasaran_text"] };
                foreach (var r in s)
                {
                    sasaran.Indikators.Add(IndikatorKota(r));
                }

                pk.Sasarans.Add(sasaran);
            }

            db.PerjanjianKinerjas.Add(pk);
            ditambahkan.Add($"Perjanjian Kinerja {Tahun} KPU Kota Bandar Lampung dengan realisasi Tabel 7");
        }

        /// <summary>The voters-left-off-the-roll indicator: lower is better, measured by its DPK share (DOMAIN.md §5).</summary>
        private static bool TidakMasukDaftar(string uraian) => uraian.Contains("tidak masuk dalam Daftar Pemilih", StringComparison.OrdinalIgnoreCase);

        private static IndikatorKinerja IndikatorKota(Dictionary<string, string> r)
        {
            var id = r["indicator_id"];
            var predikat = r["target_unit"] == "grade";
            var turun = r["notes"].Contains("lower is better", StringComparison.Ordinal);
            var indikator = new IndikatorKinerja
            {
                Kode = id[1..],
                Urutan = int.Parse(r["indicator_no_tabel5"], CultureInfo.InvariantCulture),
                Uraian = r["indicator_text"].TrimEnd('.'),
                JenisTarget = predikat ? JenisTarget.Predikat : JenisTarget.Angka,
                Polaritas = turun ? Polaritas.Turun : Polaritas.Naik,
                TargetNilai = predikat ? null : SeedTabel.Angka(r["target_value"]),
                TargetPredikat = predikat ? r["target_as_printed"] : null,
                SkalaPredikat = predikat ? SkalaPredikat.NamaSakip : null,
                Satuan = predikat ? null : Satuan.Normalkan(r["target_unit"]),
                Rumus = turun ? "dpk / (dpt + dptb) x 100" : null,
            };

            var realisasi = r["realisasi_as_printed"];
            if (predikat)
            {
                // Tabel 7 prints A, but Bab III, Tabel 20 and the summary all give BB (73,75).
                indikator.Realisasis.Add(new RealisasiKinerja
                {
                    Tahun = Tahun,
                    JenisPeriode = JenisPeriode.Tahun,
                    NomorPeriode = 1,
                    Predikat = "BB",
                    Status = StatusRealisasi.Diverifikasi,
                    Sumber = "LKjIP 2024 Bab III dan Tabel 20 (Tabel 7 mencetak A: diskrepansi 4)",
                });
            }
            else if (realisasi.Length > 0)
            {
                var baca = AngkaIndonesia.Baca(realisasi);
                var sumber = id switch
                {
                    "S1.2" => "LKjIP 2024 Tabel 7 (nilai Pilkada; Pemilu 1,60 %: diskrepansi 8)",
                    "S3.1" => "LKjIP 2024 Tabel 7 (51 % tidak didukung tabel mana pun: diskrepansi 6)",
                    _ => "LKjIP 2024 Tabel 7",
                };
                indikator.Realisasis.Add(new RealisasiKinerja
                {
                    Tahun = Tahun,
                    JenisPeriode = JenisPeriode.Tahun,
                    NomorPeriode = 1,
                    Nilai = baca.Nilai,
                    Satuan = baca.Satuan,
                    Sumber = sumber,
                    Status = StatusRealisasi.Diverifikasi,
                });
            }

            return indikator;
        }

        /// <summary>
        /// The 2024 elections of KPU Kota Bandar Lampung (issue 12, item 7): the Pemilu of 14
        /// February and the Pilkada of 27 November with its gubernur and wali kota contests, each
        /// loaded from the seed's tables written in the import template (Tabel 9, 10, 16, 17, 27;
        /// 11, 12, 18, 19, 28, 29), so the checks report the seed's discrepancies. The PK's
        /// participation indicator and its indicator of voters missing from the DPT are bound to the
        /// wali kota contest; their realisasi stay as Tabel 7 prints them and was verified (51 % and
        /// 0,09 %), so the indicator pages show the data's 52,04 % and 0,09 % beside them (discrepancy 6).
        /// </summary>
        private async Task KepemiluanKotaAsync(Satker kota, CancellationToken ct)
        {
            if (await db.AcaraPemilus.AnyAsync(a => a.Kode == "pilkada-2024", ct))
            {
                return;
            }

            await db.SaveChangesAsync(ct);
            var pemilu = new AcaraPemilu { Kode = "pemilu-2024", Nama = "Pemilu 2024", Jenis = JenisPemilihan.Pemilu, Tanggal = new DateOnly(2024, 2, 14) };
            var ppwp = new KontesPemilu { Kode = "ppwp", Nama = "Pemilihan Presiden dan Wakil Presiden" };
            ppwp.Calons.AddRange(
            [
                new CalonKontes { NomorUrut = 1, Nama = "H. Anies Rasyid Baswedan, Ph.D. – Dr. (H.C.) H. A. Muhaimin Iskandar" },
                new CalonKontes { NomorUrut = 2, Nama = "H. Prabowo Subianto – Gibran Rakabuming Raka" },
                new CalonKontes { NomorUrut = 3, Nama = "H. Ganjar Pranowo, S.H., M.I.P. – Prof. Dr. H. M. Mahfud MD" },
            ]);
            pemilu.Kontes.Add(ppwp);
            var pilkada = new AcaraPemilu { Kode = "pilkada-2024", Nama = "Pemilihan Serentak 2024", Jenis = JenisPemilihan.Pilkada, Tanggal = new DateOnly(2024, 11, 27) };
            var gubernur = new KontesPemilu { Kode = "gubernur-18", Nama = "Pemilihan Gubernur dan Wakil Gubernur Lampung", KodeWilayah = KodeProvinsi };
            var walikota = new KontesPemilu { Kode = "walikota-1871", Nama = "Pemilihan Wali Kota dan Wakil Wali Kota Bandar Lampung", KodeWilayah = KodeKota };
            walikota.Calons.Add(new CalonKontes { NomorUrut = 1, Nama = "Dr. dr. Hj. Reihana, M.Kes – H. Aryodhia Febriansya SZP, S.H." });
            walikota.Calons.Add(new CalonKontes { NomorUrut = 2, Nama = "Eva Dwiana – Deddy Amarullah Yacub" });
            pilkada.Kontes.AddRange([gubernur, walikota]);
            db.AcaraPemilus.AddRange(pemilu, pilkada);
            await db.SaveChangesAsync(ct);

            var waktu = new DateTimeOffset(2024, 12, 10, 2, 0, 0, TimeSpan.Zero);
            foreach (var (kontes, berkas) in new[] { (ppwp, "kepemiluan_1871_pemilu_2024.csv"), (gubernur, "kepemiluan_1871_pilkada_2024_gubernur.csv"), (walikota, "kepemiluan_1871_pilkada_2024_walikota.csv") })
            {
                kontes.Acara = kontes == ppwp ? pemilu : pilkada;
                var hasil = await ImportDataKepemiluan.TulisAsync(db, kontes, kota, berkas, SeedTabel.Isi(berkas), "Operator KPU Kota Bandar Lampung", waktu, ct);
                if (!hasil.Berhasil)
                {
                    throw new InvalidOperationException($"Berkas demo {berkas} tidak dapat dimuat: {string.Join(" ", hasil.Kesalahans.Select(k => k.Pesan))}");
                }
            }

            // The participation history printed in the LKjIP 2024 (Tabel 30), as printed.
            var (riwayat, salahRiwayat) = ImportRiwayatPartisipasi.Baca("kepemiluan_1871_riwayat.csv", SeedTabel.Isi("kepemiluan_1871_riwayat.csv"));
            if (salahRiwayat.Count > 0)
            {
                throw new InvalidOperationException($"Berkas demo kepemiluan_1871_riwayat.csv tidak dapat dimuat: {string.Join(" ", salahRiwayat)}");
            }

            riwayat.ForEach(r => r.SatkerId = kota.Id);
            db.RiwayatPartisipasis.AddRange(riwayat);

            var indikators = await db.PerjanjianKinerjas.Where(p => p.SatkerId == kota.Id && p.Tahun == Tahun)
                .SelectMany(p => p.Sasarans).SelectMany(s => s.Indikators).Include(i => i.Realisasis).ToListAsync(ct);
            var ikatan = new (string Kode, string Rumus, (string Variabel, KolomKepemiluan Kolom)[] Variabels)[]
            {
                ("1.2", "dpk / (dpt + dptb) x 100", [("dpk", KolomKepemiluan.Dpk), ("dpt", KolomKepemiluan.Dpt), ("dptb", KolomKepemiluan.PenggunaDptb)]),
                ("3.1", "pengguna / dpt x 100", [("pengguna", KolomKepemiluan.Pengguna), ("dpt", KolomKepemiluan.Dpt)]),
            };
            foreach (var (kode, rumus, variabels) in ikatan)
            {
                var ind = indikators.Single(i => i.Kode == kode);
                ind.Rumus = rumus;
                db.IkatanDataKepemiluans.AddRange(variabels.Select(v => new IkatanDataKepemiluan { IndikatorKinerjaId = ind.Id, NamaVariabel = v.Variabel, KontesPemiluId = walikota.Id, KodeWilayah = KodeKota, Kolom = v.Kolom }));
            }

            ditambahkan.Add("Data kepemiluan 2024 KPU Kota Bandar Lampung (Pemilu, Pilkada gubernur dan wali kota) terikat ke indikator partisipasi dan DPK");
        }

        /// <summary>
        /// A satker's DIPA 2024 as its demo file writes it, in the import template: for KPU Provinsi
        /// Lampung its two programs as the RKT and PK print them; for KPU Kota Bandar Lampung Tabel 6
        /// and the logistics tree of Tabel 7 (docs/ANGGARAN.md tells what the demo adds to the seed).
        /// </summary>
        private async Task AnggaranAsync(Satker satker, string berkas, CancellationToken ct)
        {
            if (await db.VersiAnggarans.AnyAsync(v => v.SatkerId == satker.Id && v.Tahun == Tahun, ct))
            {
                return;
            }

            var (barises, salah) = PembacaAnggaran.Baca(berkas, SeedTabel.Isi(berkas));
            if (salah.Count > 0)
            {
                throw new InvalidOperationException($"Berkas demo {berkas} tidak dapat dimuat: {string.Join(" ", salah)}");
            }

            var versi = new VersiAnggaran
            {
                SatkerId = satker.Id,
                Tahun = Tahun,
                Nomor = 0,
                Jenis = JenisRevisiAnggaran.DipaAwal,
                Tanggal = new DateOnly(Tahun, 1, 2),
                Alasan = "DIPA awal",
                NamaBerkas = berkas,
                Sha256 = Sidik.Sha256(SeedTabel.Isi(berkas)),
                Pencatat = "Data demo",
                Dicatat = new DateTimeOffset(Tahun, 1, 2, 2, 0, 0, TimeSpan.Zero),
            };
            versi.Barises.AddRange(barises.Select((b, i) => BarisDipa.Dari(b.Baris, i)));
            db.VersiAnggarans.Add(versi);
            await db.SaveChangesAsync(ct);
            ditambahkan.Add($"DIPA {Tahun} {satker.Nama} ({barises.Count} baris)");
        }

        /// <summary>
        /// The rest of Bandar Lampung's budget year: the 22 revisions the LKjIP counts (Bab III,
        /// Sasaran 5; it prints no details, so their dates are illustrative), the twelve SIMONIKA
        /// reports (on time and valid, as indicator 5.3's 100 % says), the indicators 5.1 and 5.3 bound
        /// to them, and the sasaran linked to the lines that fund them for the efficiency table.
        /// </summary>
        private async Task AnggaranKotaAsync(Satker kota, CancellationToken ct)
        {
            if (await db.VersiAnggarans.AnyAsync(v => v.SatkerId == kota.Id && v.Tahun == Tahun && v.Nomor > 0, ct))
            {
                return;
            }

            var awal = await db.VersiAnggarans.Include(v => v.Barises).SingleAsync(v => v.SatkerId == kota.Id && v.Tahun == Tahun && v.Nomor == 0, ct);
            foreach (var r in SeedTabel.Baca("anggaran_1871_2024_revisi.csv"))
            {
                PerubahanAnggaran.TryBacaJenis(r["jenis"], out var jenis);
                var versi = new VersiAnggaran
                {
                    SatkerId = kota.Id,
                    Tahun = Tahun,
                    Nomor = int.Parse(r["nomor"], CultureInfo.InvariantCulture),
                    Jenis = jenis,
                    Tanggal = DateOnly.ParseExact(r["tanggal"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Alasan = r["alasan"],
                    Pencatat = "Data demo",
                    Dicatat = new DateTimeOffset(Tahun, 12, 31, 2, 0, 0, TimeSpan.Zero),
                };
                versi.Barises.AddRange(awal.Barises.OrderBy(b => b.Urutan).Select(b => BarisDipa.Dari(b.KeDomain(), b.Urutan)));
                db.VersiAnggarans.Add(versi);
            }

            foreach (var r in SeedTabel.Baca("anggaran_1871_2024_simonika.csv"))
            {
                db.LaporanSimonikas.Add(new LaporanSimonikaSatker
                {
                    SatkerId = kota.Id,
                    Tahun = Tahun,
                    Bulan = int.Parse(r["bulan"], CultureInfo.InvariantCulture),
                    Dikirim = DateOnly.ParseExact(r["dikirim"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Valid = r["valid"] == "ya",
                    Catatan = r["catatan"].Length == 0 ? null : r["catatan"],
                    Pencatat = "Data demo",
                    Dicatat = new DateTimeOffset(Tahun, 12, 31, 2, 0, 0, TimeSpan.Zero),
                });
            }

            var indikators = await db.PerjanjianKinerjas.Where(p => p.SatkerId == kota.Id && p.Tahun == Tahun)
                .SelectMany(p => p.Sasarans).SelectMany(s => s.Indikators).ToListAsync(ct);
            foreach (var (kode, ukuran) in new[] { ("5.1", UkuranAnggaran.JumlahRevisi), ("5.3", UkuranAnggaran.SimonikaTepatWaktuValid) })
            {
                db.IkatanDataAnggarans.AddRange(indikators.Where(i => i.Kode == kode).Select(i => new IkatanDataAnggaran { IndikatorKinerjaId = i.Id, Ukuran = ukuran }));
            }

            // The demo's reading of Tabel 6 against the sasaran (the LKjIP prints no such link).
            var tautan = new (string Sasaran, string[] Kodes)[]
            {
                ("1", ["076.01.CQ.6871", "076.01.CQ.6872", "076.01.CQ.6874"]),
                ("2", ["076.01.CQ.6869"]),
                ("3", ["076.01.CQ.6867", "076.01.CQ.6870"]),
                ("5", ["076.01.CQ.6868", "076.01.WA"]),
            };
            db.IkatanSasaranAnggarans.AddRange(tautan.SelectMany(t => t.Kodes.Select(k => new IkatanSasaranAnggaran { SatkerId = kota.Id, Tahun = Tahun, KodeSasaran = t.Sasaran, Kode = k })));
            await db.SaveChangesAsync(ct);
            ditambahkan.Add("22 revisi DIPA, laporan SIMONIKA 2024 dan indikator 5.1 dan 5.3 KPU Kota Bandar Lampung terikat ke data anggaran");
        }

        /// <summary>
        /// The 2023 evaluation of KPU Kota Bandar Lampung as Tabel 20 and 21 print it: the four
        /// components (which add up to 69,12, not the printed 73,75: seed-data discrepancy 24, shown
        /// by the evaluation page), the total and the four notes with the follow-up the satker
        /// reported, submitted for the evaluator's acceptance.
        /// </summary>
        private async Task EvaluasiTercetakKotaAsync(Satker kota, CancellationToken ct)
        {
            if (await db.EvaluasiAkips.AnyAsync(e => e.SatkerId == kota.Id && e.Tahun == Tahun - 1, ct))
            {
                return;
            }

            var templat = TemplatLkeJson.Bawaan("88-2021").Nilai!;
            string Kode(string nama) => templat.Komponens.Single(k => string.Equals(k.Nama, nama.Trim(), StringComparison.OrdinalIgnoreCase)).Kode;
            var tabel20 = SeedTabel.Baca("bandarlampung_2023_sakip_evaluation.csv");
            var total = tabel20.Single(r => r["row_type"] == "total");
            var e = new EvaluasiAkip
            {
                SatkerId = kota.Id,
                Tahun = Tahun - 1,
                KodeTemplat = templat.Kode,
                Metode = MetodePenilaian.PerKriteria,
                SumberTercetak = "LKjIP KPU Kota Bandar Lampung 2024, Tabel 20 dan Tabel 21",
                NilaiAkhir = SeedTabel.Angka(total["nilai_2023"]),
                PredikatAkhir = PredikatSakip.DariSkor(SeedTabel.Angka(total["nilai_2023"])!.Value),
                PredikatTercetak = total["huruf_mutu"],
            };
            e.KomponenTercetaks.AddRange(tabel20.Where(r => r["row_type"] == "component")
                .Select(r => new KomponenEvaluasiTercetak { KodeKomponen = Kode(r["komponen"]), Nilai = SeedTabel.Angka(r["nilai_2023"])!.Value, Huruf = r["huruf_mutu"] }));
            e.Rekomendasis.AddRange(SeedTabel.Baca("bandarlampung_2023_sakip_followups.csv").Select(r => new RekomendasiEvaluasi
            {
                Nomor = int.Parse(r["no"], CultureInfo.InvariantCulture),
                KodeKomponen = Kode(r["komponen_manajemen_kinerja"]),
                Uraian = r["catatan"],
                TindakLanjut = r["tindak_lanjut"],
                Status = StatusTindakLanjut.DalamProses,
                DiajukanPada = new DateTimeOffset(2024, 12, 2, 3, 0, 0, TimeSpan.Zero),
            }));
            db.EvaluasiAkips.Add(e);
            ditambahkan.Add($"Evaluasi SAKIP {Tahun - 1} {kota.Nama} sebagaimana tercetak (Tabel 20 dan 21)");
        }

        /// <summary>
        /// A 2024 evaluation worked through all three rounds with the 88/2021 LKE (the seed prints
        /// none: these answers are made up for the demo and say so in their notes). Each
        /// criterion's grade comes from its code and <paramref name="kekuatan"/> (0 weakest .. 3
        /// strongest), the self-assessment is a grade more generous on some criteria and two on a
        /// few (so the evaluator's view flags them), the final round is the evaluator's; one
        /// recommendation is overdue, one in progress.
        /// </summary>
        private async Task EvaluasiDikerjakanAsync(Satker satker, int kekuatan, CancellationToken ct)
        {
            if (await db.EvaluasiAkips.AnyAsync(e => e.SatkerId == satker.Id && e.Tahun == Tahun, ct))
            {
                return;
            }

            var templat = TemplatLkeJson.Bawaan("88-2021").Nilai!;
            var skala = SkalaJawaban.AaSampaiE.Opsis.Select(o => o.Label).ToList();
            var e = new EvaluasiAkip { SatkerId = satker.Id, Tahun = Tahun, KodeTemplat = templat.Kode, Metode = MetodePenilaian.PerKriteria, Revisi = 3 };
            var waktu = new DateTimeOffset(2024, 12, 2, 2, 0, 0, TimeSpan.Zero);
            var evaluator = new PutaranEvaluasi { Jenis = JenisPutaran.Evaluator, DiajukanPada = waktu.AddDays(10), DiajukanOleh = "Evaluator SAKIP KPU Provinsi Lampung" };
            var mandiri = new PutaranEvaluasi { Jenis = JenisPutaran.Mandiri, DiajukanPada = waktu.AddDays(3), DiajukanOleh = $"Operator Perencanaan {satker.Nama}" };
            var akhir = new PutaranEvaluasi { Jenis = JenisPutaran.Akhir, DiajukanPada = waktu.AddDays(14), DiajukanOleh = "Evaluator SAKIP KPU Provinsi Lampung" };
            var urut = 0;
            foreach (var (_, k) in templat.SemuaKriteria)
            {
                // Grades A (1) to C (5) by a fixed spread over the criteria, shifted by the satker's strength.
                var peringkat = Math.Clamp((new[] { 2, 1, 3, 2, 4, 2, 3, 1, 2, 5 }[urut % 10]) + 2 - kekuatan, 1, 6);
                var sendiri = Math.Max(0, peringkat - (urut % 7 == 0 ? 2 : urut % 3 == 0 ? 1 : 0));
                urut++;
                const string catatan = "Contoh penilaian data demo.";
                mandiri.Jawabans.Add(new JawabanEvaluasi { Kode = k.Kode, Jawaban = skala[sendiri], Catatan = "Contoh evaluasi mandiri data demo.", Revisi = 1 });
                evaluator.Jawabans.Add(new JawabanEvaluasi { Kode = k.Kode, Jawaban = skala[peringkat], Catatan = catatan, Revisi = 1 });
                akhir.Jawabans.Add(new JawabanEvaluasi { Kode = k.Kode, Jawaban = skala[peringkat], Catatan = catatan, Revisi = 1 });
            }

            e.Putarans.AddRange([mandiri, evaluator, akhir]);
            var hasil = PenilaianLke.PerKriteria(templat, akhir.Jawabans.Select(j => new JawabanKriteria(j.Kode, j.Jawaban!))).Hasil!;
            e.NilaiAkhir = Math.Round(hasil.Total, 6, MidpointRounding.AwayFromZero);
            e.PredikatAkhir = hasil.Predikat;
            e.Rekomendasis.Add(new RekomendasiEvaluasi
            {
                Nomor = 1,
                KodeKomponen = "2",
                Uraian = "Lakukan pengukuran kinerja bulanan secara berjenjang sampai tingkat pegawai dan dokumentasikan hasil pemantauannya.",
                UnitPenanggungJawab = "Subbagian Perencanaan, Data dan Informasi",
                JatuhTempo = new DateOnly(2024, 12, 20),
            });
            e.Rekomendasis.Add(new RekomendasiEvaluasi
            {
                Nomor = 2,
                KodeKomponen = "4",
                Uraian = "Tindak lanjuti rekomendasi evaluasi akuntabilitas kinerja internal dan lampirkan buktinya.",
                UnitPenanggungJawab = "Sekretaris",
                JatuhTempo = new DateOnly(2025, 6, 30),
                Status = StatusTindakLanjut.DalamProses,
                TindakLanjut = "Rapat evaluasi kinerja triwulanan sudah dijadwalkan; notulen dilampirkan setelah rapat pertama.",
            });
            db.EvaluasiAkips.Add(e);
            ditambahkan.Add($"Evaluasi SAKIP {Tahun} {satker.Nama} (contoh, tiga putaran selesai)");
        }

        private async Task KebijakanAsync(Satker satker, CancellationToken ct)
        {
            if (await db.KebijakanCapaians.AnyAsync(k => k.SatkerId == satker.Id && k.Tahun == Tahun, ct))
            {
                return;
            }

            var bawaan = KebijakanCapaian.Bawaan;
            db.KebijakanCapaians.Add(new KebijakanCapaianSatker
            {
                SatkerId = satker.Id,
                Tahun = Tahun,
                RumusTurun = bawaan.RumusTurun,
                Batas = bawaan.Batas,
                ModeAgregasi = bawaan.ModeAgregasi,
                SkalaKategori = SkalaKategori.Seed4.Nama,
            });
            ditambahkan.Add($"Kebijakan capaian {Tahun} {satker.Nama} (skala Tabel 8)");
        }
    }
}
