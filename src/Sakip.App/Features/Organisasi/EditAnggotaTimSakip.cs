using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;

namespace Sakip.App.Features.Organisasi;

/// <summary>
/// Adds a member to a satker's SAKIP team of a year, changes or removes one (whoever keeps its
/// organisation), as the decree's lampiran lists them: group, name, post, role in the team and
/// duties. The decree must be recorded first.
/// </summary>
public static class EditAnggotaTimSakip
{
    /// <param name="KodeSatker">The satker.</param>
    /// <param name="Tahun">The team's year.</param>
    /// <param name="Id">The member changed; null to add one.</param>
    /// <param name="Revisi">The revision the form was opened on (0 for a new one).</param>
    /// <param name="Kelompok">Pengawas, Penanggung Jawab, Tim Evaluasi Internal ...</param>
    /// <param name="Nama">The member's name.</param>
    /// <param name="Jabatan">The member's post at the satker.</param>
    /// <param name="Kedudukan">The role in the team: Ketua, Sekretaris, Anggota ...</param>
    /// <param name="Tugas">The duties in the team.</param>
    /// <param name="Urutan">The place in the lampiran; null keeps it, or puts a new one last.</param>
    /// <param name="Hapus">Remove the member <paramref name="Id"/> instead (as the page showed them: same revision).</param>
    public sealed record Command(string KodeSatker, int Tahun, int? Id, int Revisi, string? Kelompok, string? Nama, string? Jabatan, string? Kedudukan, string? Tugas, int? Urutan, bool Hapus = false);

    public sealed class Handler(SakipDbContext db)
    {
        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command c, CancellationToken ct)
        {
            var boleh = await Izin.SatkerAsync(db, pelaku, c.KodeSatker, Tindakan.MengelolaOrganisasi, ct);
            if (boleh.Nilai is not { } satker)
            {
                return boleh.Kegagalan!;
            }

            var tim = await db.TimSakips.Include(t => t.Anggotas).SingleOrDefaultAsync(t => t.SatkerId == satker.Id && t.Tahun == c.Tahun, ct);
            if (tim is null)
            {
                return Gagal.TidakDitemukan($"Keputusan tim SAKIP {satker.Nama} tahun {c.Tahun} belum dicatat; catat keputusannya dahulu.");
            }

            AnggotaTimSakip? a = null;
            if (c.Id is { } id && (a = tim.Anggotas.SingleOrDefault(x => x.Id == id)) is null)
            {
                return Gagal.TidakDitemukan($"Anggota ini tidak ada di tim SAKIP {satker.Nama} tahun {c.Tahun}.");
            }

            if (a is not null && a.Revisi != c.Revisi)
            {
                return Gagal.Konflik(SimpanPerubahan.PesanKonflik);
            }

            if (c.Hapus)
            {
                if (a is null)
                {
                    return Gagal.TidakSah("Pilih anggota yang akan dihapus.");
                }

                tim.Anggotas.Remove(a);
                db.AnggotaTimSakips.Remove(a);
                return await db.SimpanAsync(() => a.Id, ct);
            }

            var isian = new PemeriksaIsian();
            var kelompok = isian.Teks(c.Kelompok, 100, nameof(Command.Kelompok), "kelompok", wajib: true);
            var nama = isian.Teks(c.Nama, 200, nameof(Command.Nama), "nama", wajib: true);
            var jabatan = isian.Teks(c.Jabatan, 200, nameof(Command.Jabatan), "jabatan", wajib: true);
            var kedudukan = isian.Teks(c.Kedudukan, 100, nameof(Command.Kedudukan), "kedudukan dalam tim", wajib: true);
            var tugas = isian.Teks(c.Tugas, EditDivisi.PanjangTugas, nameof(Command.Tugas), "tugas dalam tim");
            if (c.Urutan is < 1 or > 500)
            {
                isian.Tambah(nameof(Command.Urutan), "Urutan harus antara 1 dan 500.");
            }

            if (isian.Ada)
            {
                return Gagal.TidakSah(isian.Kesalahans);
            }

            if (a is null)
            {
                a = new AnggotaTimSakip { Kelompok = kelompok!, Nama = nama!, Jabatan = jabatan!, Kedudukan = kedudukan!, Urutan = c.Urutan ?? (tim.Anggotas.Count == 0 ? 1 : tim.Anggotas.Max(x => x.Urutan) + 1) };
                tim.Anggotas.Add(a);
            }

            a.Kelompok = kelompok!;
            a.Nama = nama!;
            a.Jabatan = jabatan!;
            a.Kedudukan = kedudukan!;
            a.Tugas = tugas;
            a.Urutan = c.Urutan ?? a.Urutan;
            a.Revisi++;
            return await db.SimpanAsync(() => a.Id, ct);
        }
    }
}
