using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Kepegawaian;
using Sakip.Domain.Periode;

namespace Sakip.App.Features.Organisasi;

/// <summary>
/// The organisation of a satker as the LKjIP's Bab I describes it for a year: the commissioner
/// divisions with their tasks and secretariat partners (Tabel 3), the people serving at the year's
/// end counted by kind (so the count and the lists can never disagree, seed-data discrepancy 26),
/// and the year's SAKIP team with its decree.
/// </summary>
public static class GetOrganisasi
{
    public sealed record Query(string KodeSatker, int Tahun);

    public sealed record DivisiBaris(int Id, int Urutan, string Nama, string Tugas, string? UnitSekretariat, int Revisi);

    /// <summary>A person of the satker, with whether they count in the year asked (serving on its 31 December).</summary>
    public sealed record PegawaiBaris(int Id, JenisPegawai Jenis, string Nama, string? Nip, string Jabatan, string? PangkatGolongan, DateOnly? TmtPangkat, DateOnly? MulaiBertugas, DateOnly? SelesaiBertugas, bool Bertugas, int Revisi);

    public sealed record AnggotaBaris(int Id, int Urutan, string Kelompok, string Nama, string Jabatan, string Kedudukan, string? Tugas, int Revisi);

    public sealed record Tim(string NomorKeputusan, DateOnly TanggalKeputusan, string Tentang, int Revisi, IReadOnlyList<AnggotaBaris> Anggotas);

    /// <summary>The people serving at the year's end by kind, and in all.</summary>
    public sealed record Jumlah(int Komisioner, int Asn, int Ppnpn)
    {
        public int Total => Komisioner + Asn + Ppnpn;
    }

    public sealed record Hasil(string KodeSatker, string NamaSatker, int Tahun, IReadOnlyList<DivisiBaris> Divisis, IReadOnlyList<PegawaiBaris> Pegawais, Tim? TimSakip, bool BolehUbah)
    {
        /// <summary>The people serving at the year's end by kind: counted from <see cref="Pegawais"/>, the lists Bab I prints.</summary>
        public Jumlah JumlahPegawai => new(Bertugas(JenisPegawai.Komisioner).Count(), Bertugas(JenisPegawai.Asn).Count(), Bertugas(JenisPegawai.Ppnpn).Count());

        /// <summary>The people of one kind serving at the year's end (commissioners with the Ketua first; everyone by first day of duty, then name).</summary>
        public IEnumerable<PegawaiBaris> Bertugas(JenisPegawai jenis) => Pegawais.Where(p => p.Bertugas && p.Jenis == jenis);
    }

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<Hasil>> HandleAsync(AksesPengguna pelaku, Query q, CancellationToken ct)
        {
            var bacaan = await Izin.SatkerAsync(db, pelaku, q.KodeSatker, Tindakan.Membaca, ct);
            if (bacaan.Nilai is not { } satker)
            {
                return bacaan.Kegagalan!;
            }

            if (Periode.PeriksaTahun(q.Tahun) is { } salahTahun)
            {
                return Gagal.TidakSah(salahTahun, nameof(Query.Tahun));
            }

            return await MuatAsync(db, satker, q.Tahun, pelaku.Boleh(Tindakan.MengelolaOrganisasi, satker.Id), ct);
        }

        /// <summary>The organisation of <paramref name="satker"/> for <paramref name="tahun"/>, for the documents that print it.</summary>
        internal static async Task<Hasil> MuatAsync(SakipDbContext db, Satker satker, int tahun, bool bolehUbah, CancellationToken ct)
        {
            var divisis = await db.Divisis.AsNoTracking().Where(d => d.SatkerId == satker.Id).OrderBy(d => d.Urutan).ThenBy(d => d.Id)
                .Select(d => new DivisiBaris(d.Id, d.Urutan, d.Nama, d.Tugas, d.UnitSekretariat, d.Revisi)).ToListAsync(ct);
            var pegawais = await db.Pegawais.AsNoTracking().Where(p => p.SatkerId == satker.Id)
                .Select(p => new { p.Id, p.Jenis, p.Nama, p.Nip, p.Jabatan, p.PangkatGolongan, p.TmtPangkat, p.MulaiBertugas, p.SelesaiBertugas, p.Revisi })
                .ToListAsync(ct);
            var barises = pegawais
                .Select(p => new PegawaiBaris(p.Id, p.Jenis, p.Nama, p.Nip, p.Jabatan, p.PangkatGolongan, p.TmtPangkat, p.MulaiBertugas, p.SelesaiBertugas, MasaTugas.BertugasAkhirTahun(p.MulaiBertugas, p.SelesaiBertugas, tahun), p.Revisi))
                .OrderBy(p => Urutan(p.Jenis)).ThenBy(p => p.Jabatan.StartsWith("Ketua", StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(p => p.MulaiBertugas ?? DateOnly.MinValue).ThenBy(p => p.Nama, StringComparer.Ordinal).ThenBy(p => p.Id)
                .ToList();
            var tim = await db.TimSakips.AsNoTracking().Where(t => t.SatkerId == satker.Id && t.Tahun == tahun)
                .Select(t => new { t.NomorKeputusan, t.TanggalKeputusan, t.Tentang, t.Revisi, Anggotas = t.Anggotas.OrderBy(a => a.Urutan).ThenBy(a => a.Id).Select(a => new AnggotaBaris(a.Id, a.Urutan, a.Kelompok, a.Nama, a.Jabatan, a.Kedudukan, a.Tugas, a.Revisi)).ToList() })
                .SingleOrDefaultAsync(ct);
            return new Hasil(
                satker.Kode,
                satker.Nama,
                tahun,
                divisis,
                barises,
                tim is null ? null : new Tim(tim.NomorKeputusan, tim.TanggalKeputusan, tim.Tentang, tim.Revisi, tim.Anggotas),
                bolehUbah);
        }

        private static int Urutan(JenisPegawai j) => j switch
        {
            JenisPegawai.Komisioner => 0,
            JenisPegawai.Asn => 1,
            _ => 2,
        };
    }

    /// <summary>The kind of a person in words.</summary>
    public static string JenisTeks(JenisPegawai j) => j switch
    {
        JenisPegawai.Komisioner => "Anggota KPU (komisioner)",
        JenisPegawai.Asn => "Aparatur Sipil Negara (ASN)",
        _ => "Pegawai Pemerintah Non PNS (PPNPN)",
    };
}
