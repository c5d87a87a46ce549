using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using Sakip.Domain.Kepegawaian;

namespace Sakip.App.Features.Organisasi;

/// <summary>
/// Records a person of a satker, or changes one (whoever keeps its organisation): a name and post;
/// for an ASN a valid NIP that no other person holds (two rows of the seed's Tabel 1 share one),
/// pangkat and TMT; the first and last days of duty, which decide the years the person is counted
/// in. People are never deleted (they sign PKs and answer for indicators): a last day of duty
/// ends their count.
/// </summary>
public static class EditPegawai
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Id">The person changed; null to add one.</param>
    /// <param name="Revisi">The revision the form was opened on (0 for a new one).</param>
    /// <param name="Jenis">Commissioner, ASN or PPNPN.</param>
    /// <param name="Nama">The name with titles, as written on decrees.</param>
    /// <param name="Nip">The NIP, for an ASN only.</param>
    /// <param name="Jabatan">The post ("Kasubag Perencanaan, Data dan Informasi", "Pengemudi").</param>
    /// <param name="PangkatGolongan">For an ASN: "Penata Tingkat I (III/d)".</param>
    /// <param name="TmtPangkat">For an ASN: since when the pangkat holds.</param>
    /// <param name="MulaiBertugas">The first day of duty (SPMT).</param>
    /// <param name="SelesaiBertugas">The last day of duty, once the person leaves.</param>
    public sealed record Command(string KodeSatker, int? Id, int Revisi, JenisPegawai Jenis, string? Nama, string? Nip, string? Jabatan, string? PangkatGolongan, DateOnly? TmtPangkat, DateOnly? MulaiBertugas, DateOnly? SelesaiBertugas);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaOrganisasi, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            Pegawai? p = null;
            if (c.Id is { } id && (p = await db.Pegawais.SingleOrDefaultAsync(x => x.Id == id && x.SatkerId == satker.Id, ct)) is null)
            {
                return Gagal.TidakDitemukan($"Pegawai ini tidak tercatat di {satker.Nama}.");
            }

            var isian = new PemeriksaIsian();
            if (!Enum.IsDefined(c.Jenis))
            {
                isian.Tambah(nameof(Command.Jenis), "Pilih jenis pegawai: anggota KPU, ASN atau PPNPN.");
            }

            var nama = isian.Teks(c.Nama, 200, nameof(Command.Nama), "nama", wajib: true);
            var jabatan = isian.Teks(c.Jabatan, 200, nameof(Command.Jabatan), "jabatan", wajib: true);
            var pangkat = isian.Teks(c.PangkatGolongan, 100, nameof(Command.PangkatGolongan), "pangkat dan golongan");
            string? nip = null;
            if (c.Jenis == JenisPegawai.Asn)
            {
                var baca = NomorIndukPegawai.Baca(c.Nip);
                nip = baca.Nip;
                if (!baca.Berhasil)
                {
                    isian.Tambah(nameof(Command.Nip), baca.Kesalahan!);
                }
                else if (await db.Pegawais.AnyAsync(x => x.Nip == nip && x.Id != (c.Id ?? 0), ct))
                {
                    isian.Tambah(nameof(Command.Nip), $"NIP {nip} sudah tercatat untuk pegawai lain; satu NIP hanya milik satu orang.");
                }
            }
            else
            {
                if (!string.IsNullOrWhiteSpace(c.Nip))
                {
                    isian.Tambah(nameof(Command.Nip), "NIP hanya diisi untuk ASN; kosongkan untuk anggota KPU dan PPNPN.");
                }

                if (pangkat is not null || c.TmtPangkat is not null)
                {
                    isian.Tambah(nameof(Command.PangkatGolongan), "Pangkat, golongan dan TMT-nya hanya diisi untuk ASN.");
                }
            }

            if (MasaTugas.Periksa(c.MulaiBertugas, c.SelesaiBertugas) is { } salahMasa)
            {
                isian.Tambah(nameof(Command.SelesaiBertugas), salahMasa);
            }

            if (nama is not null && jabatan is not null && await db.Pegawais.AnyAsync(x => x.SatkerId == satker.Id && x.Nama == nama && x.Jabatan == jabatan && x.Id != (c.Id ?? 0), ct))
            {
                isian.Tambah(nameof(Command.Nama), $"{nama} sudah tercatat sebagai {jabatan} di {satker.Nama}.");
            }

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            if (p is null)
            {
                p = new Pegawai { SatkerId = satker.Id, Nama = nama!, Jabatan = jabatan! };
                db.Pegawais.Add(p);
            }
            else if (p.Revisi != c.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            p.Jenis = c.Jenis;
            p.Nama = nama!;
            p.Jabatan = jabatan!;
            p.Nip = nip;
            p.PangkatGolongan = c.Jenis == JenisPegawai.Asn ? pangkat : null;
            p.TmtPangkat = c.Jenis == JenisPegawai.Asn ? c.TmtPangkat : null;
            p.MulaiBertugas = c.MulaiBertugas;
            p.SelesaiBertugas = c.SelesaiBertugas;
            p.Revisi++;
            return await db.SimpanAsync(() => p.Id, ct);
        }
    }
}
