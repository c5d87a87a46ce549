using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sakip.App.Data;
using Sakip.App.Entities;
using Sakip.App.Keamanan;
using PenggunaEntity = Sakip.App.Entities.Pengguna;

namespace Sakip.App.Features.Pengguna;

/// <summary>Creates a user with a first role on a satker the actor manages users of.</summary>
public static class CreatePengguna
{
    public sealed record Command
    {
        [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
        [RegularExpression("^[a-zA-Z0-9._-]{3,60}$", ErrorMessage = "Nama pengguna 3-60 karakter: huruf, angka, titik, garis bawah atau tanda hubung.")]
        [Display(Name = "Nama pengguna")]
        public string NamaPengguna { get; init; } = string.Empty;

        [Required(ErrorMessage = "Nama lengkap wajib diisi.")]
        [StringLength(200, ErrorMessage = "Nama lengkap paling panjang 200 karakter.")]
        [Display(Name = "Nama lengkap")]
        public string NamaLengkap { get; init; } = string.Empty;

        [Required(ErrorMessage = "Kata sandi awal wajib diisi.")]
        [Display(Name = "Kata sandi awal")]
        public string KataSandi { get; init; } = string.Empty;

        [Required(ErrorMessage = "Peran wajib dipilih.")]
        public Peran? Peran { get; init; }

        [Required(ErrorMessage = "Satker wajib dipilih.")]
        [Display(Name = "Satker")]
        public string KodeSatker { get; init; } = string.Empty;

        [Display(Name = "Termasuk satker di bawahnya")]
        public bool TermasukTurunan { get; init; }
    }

    public sealed class Handler(SakipDbContext db, IPasswordHasher<PenggunaEntity> hasher)
    {
        /// <summary>The id of an account not yet created: never the actor's.</summary>
        private const int AkunBaru = int.MinValue;

        public async Task<Jawaban<int>> HandleAsync(AksesPengguna pelaku, Command command, CancellationToken ct)
        {
            // The form's rules hold for every caller, not only for a page that checked them.
            var aturan = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
            if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(command, new(command), aturan, validateAllProperties: true))
            {
                return Gagal.TidakSah([.. aturan.Select(a => new Kesalahan(a.MemberNames.FirstOrDefault(), a.ErrorMessage ?? "Isian tidak sah."))]);
            }

            var nama = command.NamaPengguna.Trim().ToLowerInvariant();
            var satker = await db.Satkers.SingleOrDefaultAsync(s => s.Kode == command.KodeSatker, ct);
            if (satker is null || !pelaku.Boleh(Tindakan.MengelolaPengguna, satker.Id))
            {
                return Gagal.TidakSah("Anda tidak berhak mengelola pengguna satker ini.", nameof(Command.KodeSatker));
            }

            var salah = AturanKataSandi.Periksa(command.KataSandi, nama).Select(p => new Kesalahan(nameof(Command.KataSandi), p)).ToList();
            if (await db.Set<PenggunaEntity>().AnyAsync(p => p.NamaPengguna == nama, ct))
            {
                salah.Add(new(nameof(Command.NamaPengguna), $"Nama pengguna '{nama}' sudah dipakai."));
            }

            if (command.Peran is { } peran && pelaku.BolehMemberi(AkunBaru, peran, satker.Id, command.TermasukTurunan) is { } alasan)
            {
                salah.Add(new(command.TermasukTurunan ? nameof(Command.TermasukTurunan) : nameof(Command.Peran), alasan));
            }

            if (salah.Count > 0)
            {
                return Gagal.TidakSah(salah);
            }

            var pengguna = new PenggunaEntity { NamaPengguna = nama, NamaLengkap = command.NamaLengkap.Trim(), HashKataSandi = string.Empty };
            pengguna.HashKataSandi = hasher.HashPassword(pengguna, command.KataSandi);
            pengguna.HakAkses.Add(new HakAkses { Peran = command.Peran!.Value, SatkerId = satker.Id, TermasukTurunan = command.TermasukTurunan });
            db.Add(pengguna);
            return await db.SimpanAsync(() => pengguna.Id, ct, $"Nama pengguna '{nama}' baru saja dipakai akun lain.");
        }
    }
}
