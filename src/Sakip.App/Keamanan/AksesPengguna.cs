using Sakip.App.Entities;

namespace Sakip.App.Keamanan;

/// <summary>
/// What a signed-in user may do where, after expanding grants "with descendants" over the satker
/// tree. The rule of reach is here and nowhere else:
/// <list type="bullet">
/// <item>A grant gives its role on its own satker, and only there may the role write (enter
/// realisasi, edit plans, sign, verify, close periods).</item>
/// <item>With descendants, it adds reading of every satker below: a province reads its kab/kota
/// and never writes their data. An evaluator keeps evaluating below (review is reading); an
/// administrator keeps managing accounts below (so a national administrator can set up every
/// satker), still without writing their data.</item>
/// <item>A user's grants are never changed by that user, and a grant never reaches further than
/// the granter's own management reach (<see cref="BolehMemberi"/>).</item>
/// </list>
/// </summary>
public sealed class AksesPengguna
{
    private readonly Dictionary<int, HashSet<Peran>> peranPerSatker;
    private readonly HashSet<int> kelolaPengguna;
    private readonly HashSet<int> administratorAkun;
    private readonly ILookup<int, int> anak;
    private readonly bool bacaSemua;

    private AksesPengguna(int penggunaId, string namaPengguna, string namaLengkap, Dictionary<int, HashSet<Peran>> peranPerSatker, HashSet<int> kelolaPengguna, HashSet<int> administratorAkun, ILookup<int, int> anak)
    {
        PenggunaId = penggunaId;
        NamaPengguna = namaPengguna;
        NamaLengkap = namaLengkap;
        this.peranPerSatker = peranPerSatker;
        this.kelolaPengguna = kelolaPengguna;
        this.administratorAkun = administratorAkun;
        this.anak = anak;
    }

    /// <summary>Access made of direct grants only (each role on its own satker, no descendants): for tests and system jobs.</summary>
    public AksesPengguna(int penggunaId, string namaPengguna, string namaLengkap, Dictionary<int, HashSet<Peran>> peranLangsung)
        : this(
            penggunaId,
            namaPengguna,
            namaLengkap,
            peranLangsung,
            [.. peranLangsung.Where(kv => kv.Value.Contains(Peran.Administrator) || kv.Value.Contains(Peran.Pimpinan)).Select(kv => kv.Key)],
            [.. peranLangsung.Where(kv => kv.Value.Contains(Peran.Administrator)).Select(kv => kv.Key)],
            Array.Empty<int>().ToLookup(i => i))
    {
    }

    /// <summary>
    /// The command line run by whoever operates the server: it reads every satker and writes none
    /// (its writing commands, such as loading the demo, are system jobs that take no user).
    /// </summary>
    public static AksesPengguna Sistem { get; } = new(0, "sistem", "Sistem (baris perintah)", []) { BacaSemua = true };

    /// <summary>
    /// A writing job of the command line on one satker (importing a past evaluation, later election
    /// and budget data): the server's operator acting with the one role the job needs there, so
    /// the use case's own checks and audit rows apply, with "sistem" as the actor.
    /// </summary>
    public static AksesPengguna PekerjaanSistem(int satkerId, Peran peran) =>
        new(0, "sistem", "Sistem (baris perintah)", new Dictionary<int, HashSet<Peran>> { [satkerId] = [peran] });

    private bool BacaSemua { init => bacaSemua = value; }

    public int PenggunaId { get; }

    /// <summary>
    /// The code of the user's own satker, where pages open when the address names none: the satker
    /// of the grant that lets the user do the most there (administrator, pimpinan, operator,
    /// evaluator, pemantau), a province's own for a province. Null for an account without grants.
    /// </summary>
    public string? KodeSatkerUtama { get; private set; }

    public string NamaPengguna { get; }

    public string NamaLengkap { get; }

    /// <summary>The satker the user can at least read.</summary>
    public IReadOnlyCollection<int> SatkerTerbaca => peranPerSatker.Keys;

    /// <summary>The roles the user acts with on the satker (a role reached only through descendants acts as Pemantau).</summary>
    public IReadOnlySet<Peran> PeranPada(int satkerId) => peranPerSatker.TryGetValue(satkerId, out var p) ? p : new HashSet<Peran>();

    /// <summary>Any role on the satker lets the user read it.</summary>
    public bool BolehMembaca(int satkerId) => bacaSemua || peranPerSatker.ContainsKey(satkerId);

    public bool Punya(int satkerId, params Peran[] peran) => PeranPada(satkerId).Overlaps(peran);

    /// <summary>
    /// Whether the user may take <paramref name="tindakan"/> on the satker, by the permission table
    /// (<see cref="Izin.Tabel"/>); managing accounts follows the management reach instead.
    /// </summary>
    public bool Boleh(Tindakan tindakan, int satkerId) => tindakan switch
    {
        Tindakan.Membaca => BolehMembaca(satkerId),
        Tindakan.MengelolaPengguna => BolehKelolaPengguna(satkerId),
        _ => PeranPada(satkerId).Overlaps(Izin.Tabel[tindakan].Perans),
    };

    /// <summary>Administrators of the satker (or above it, with descendants) and its own pimpinan manage its accounts.</summary>
    public bool BolehKelolaPengguna(int satkerId) => kelolaPengguna.Contains(satkerId);

    /// <summary>Only administrators of the satker (or above it, with descendants) give or take the Administrator role there.</summary>
    public bool AdministratorAkun(int satkerId) => administratorAkun.Contains(satkerId);

    public bool BolehKelolaPenggunaDiManaPun => kelolaPengguna.Count > 0;

    /// <summary>Whether the user may take <paramref name="tindakan"/> on at least one satker (what the menu offers).</summary>
    public bool BolehDiManaPun(Tindakan tindakan) => bacaSemua ? tindakan == Tindakan.Membaca : peranPerSatker.Keys.Any(id => Boleh(tindakan, id));

    public bool AdministratorAkunDiManaPun => administratorAkun.Count > 0;

    /// <summary>The satker a grant on <paramref name="satkerId"/> reaches: itself, and every satker below it when <paramref name="termasukTurunan"/>.</summary>
    public IReadOnlyList<int> Jangkauan(int satkerId, bool termasukTurunan) =>
        termasukTurunan ? Turunan(satkerId, anak) : [satkerId];

    /// <summary>
    /// <paramref name="akar"/> and every satker below it in the tree given by <paramref name="anak"/>
    /// (parent id to child ids), breadth first, root first; a cycle in bad data is walked once.
    /// </summary>
    public static IReadOnlyList<int> Turunan(int akar, ILookup<int, int> anak)
    {
        var hasil = new List<int>();
        var antrean = new Queue<int>([akar]);
        var dilihat = new HashSet<int>();
        while (antrean.Count > 0)
        {
            var id = antrean.Dequeue();
            if (dilihat.Add(id))
            {
                hasil.Add(id);
                foreach (var a in anak[id])
                {
                    antrean.Enqueue(a);
                }
            }
        }

        return hasil;
    }

    /// <summary>
    /// Whether this user may give <paramref name="peran"/> on <paramref name="satkerId"/> (and below
    /// it when <paramref name="termasukTurunan"/>) to the account <paramref name="penerimaId"/>: never
    /// to oneself, and only within the satker whose accounts this user manages (the Administrator
    /// role only where this user administers accounts). Null when allowed, else the reason.
    /// </summary>
    public string? BolehMemberi(int penerimaId, Peran peran, int satkerId, bool termasukTurunan)
    {
        if (penerimaId == PenggunaId)
        {
            return "Anda tidak dapat mengubah hak akses akun Anda sendiri; mintalah pengelola pengguna lain.";
        }

        var jangkauan = Jangkauan(satkerId, termasukTurunan);
        if (!jangkauan.All(BolehKelolaPengguna))
        {
            return jangkauan.Count > 1 && BolehKelolaPengguna(satkerId)
                ? "Anda tidak dapat memberi hak akses beserta satker di bawahnya: jangkauan itu melebihi satker yang penggunanya Anda kelola."
                : "Anda tidak berhak mengelola pengguna satker ini.";
        }

        return peran == Peran.Administrator && !jangkauan.All(AdministratorAkun)
            ? "Hanya administrator yang dapat memberi peran Administrator."
            : null;
    }

    /// <summary>
    /// Expands grants over the tree: a grant gives its role on its own satker; with descendants it
    /// adds reading below (Evaluator keeps evaluating; Administrator keeps managing accounts).
    /// </summary>
    public static AksesPengguna Hitung(Pengguna pengguna, IReadOnlyList<(int Id, int? IndukId)> pohon) => Hitung(pengguna, pohon, null);

    /// <summary>As <see cref="Hitung(Pengguna, IReadOnlyList{ValueTuple{int, int?}})"/>, naming the user's own satker by its code (<paramref name="kodeSatker"/> maps ids to codes).</summary>
    public static AksesPengguna Hitung(Pengguna pengguna, IReadOnlyList<(int Id, int? IndukId)> pohon, IReadOnlyDictionary<int, string>? kodeSatker)
    {
        var anak = pohon.Where(s => s.IndukId is not null).ToLookup(s => s.IndukId!.Value, s => s.Id);
        var peran = new Dictionary<int, HashSet<Peran>>();
        var kelola = new HashSet<int>();
        var admin = new HashSet<int>();
        var akses = new AksesPengguna(pengguna.Id, pengguna.NamaPengguna, pengguna.NamaLengkap, peran, kelola, admin, anak);

        void Beri(int satkerId, Peran p)
        {
            if (!peran.TryGetValue(satkerId, out var set))
            {
                peran[satkerId] = set = [];
            }

            set.Add(p);
        }

        foreach (var h in pengguna.HakAkses)
        {
            Beri(h.SatkerId, h.Peran);
            if (h.Peran is Peran.Administrator or Peran.Pimpinan)
            {
                kelola.Add(h.SatkerId);
            }

            if (h.Peran == Peran.Administrator)
            {
                admin.Add(h.SatkerId);
            }

            if (!h.TermasukTurunan)
            {
                continue;
            }

            foreach (var turunan in akses.Jangkauan(h.SatkerId, true).Skip(1))
            {
                Beri(turunan, h.Peran == Peran.Evaluator ? Peran.Evaluator : Peran.Pemantau);
                if (h.Peran == Peran.Administrator)
                {
                    kelola.Add(turunan);
                    admin.Add(turunan);
                }
            }
        }

        var utama = pengguna.HakAkses.OrderBy(h => UrutanPeran(h.Peran)).ThenBy(h => h.Id).FirstOrDefault();
        akses.KodeSatkerUtama = utama is not null && kodeSatker is not null && kodeSatker.TryGetValue(utama.SatkerId, out var kode) ? kode : null;
        return akses;
    }

    private static int UrutanPeran(Peran peran) => peran switch
    {
        Peran.Administrator => 0,
        Peran.Pimpinan => 1,
        Peran.Operator => 2,
        Peran.Evaluator => 3,
        _ => 4,
    };
}
