using Sakip.App.Entities;

namespace Sakip.App.Keamanan;

/// <summary>
/// What a signed-in user may do where: the roles the user holds on each satker, after expanding
/// grants "with descendants" over the satker tree.
/// </summary>
public sealed class AksesPengguna
{
    private readonly Dictionary<int, HashSet<Peran>> peranPerSatker;

    public AksesPengguna(int penggunaId, string namaPengguna, string namaLengkap, Dictionary<int, HashSet<Peran>> peranPerSatker)
    {
        PenggunaId = penggunaId;
        NamaPengguna = namaPengguna;
        NamaLengkap = namaLengkap;
        this.peranPerSatker = peranPerSatker;
    }

    public int PenggunaId { get; }

    public string NamaPengguna { get; }

    public string NamaLengkap { get; }

    /// <summary>The satker the user can at least read.</summary>
    public IReadOnlyCollection<int> SatkerTerbaca => peranPerSatker.Keys;

    public IReadOnlySet<Peran> PeranPada(int satkerId) => peranPerSatker.TryGetValue(satkerId, out var p) ? p : new HashSet<Peran>();

    /// <summary>Any role on the satker lets the user read it.</summary>
    public bool BolehMembaca(int satkerId) => peranPerSatker.ContainsKey(satkerId);

    public bool Punya(int satkerId, params Peran[] peran) => PeranPada(satkerId).Overlaps(peran);

    /// <summary>Administrators anywhere, and pimpinan of their own satker, manage users.</summary>
    public bool BolehKelolaPengguna(int satkerId) => Punya(satkerId, Peran.Administrator) || PeranLangsung(satkerId, Peran.Pimpinan);

    public bool BolehKelolaPenggunaDiManaPun => peranPerSatker.Keys.Any(BolehKelolaPengguna);

    private readonly HashSet<(int, Peran)> langsung = [];

    private bool PeranLangsung(int satkerId, Peran peran) => langsung.Contains((satkerId, peran));

    /// <summary>
    /// Expands grants over the tree: a grant with descendants reaches every satker below its own.
    /// </summary>
    public static AksesPengguna Hitung(Pengguna pengguna, IReadOnlyList<(int Id, int? IndukId)> pohon)
    {
        var anak = pohon.Where(s => s.IndukId is not null).ToLookup(s => s.IndukId!.Value, s => s.Id);
        var hasil = new Dictionary<int, HashSet<Peran>>();
        var akses = new AksesPengguna(pengguna.Id, pengguna.NamaPengguna, pengguna.NamaLengkap, hasil);
        foreach (var h in pengguna.HakAkses)
        {
            akses.langsung.Add((h.SatkerId, h.Peran));
            var antrean = new Queue<int>([h.SatkerId]);
            while (antrean.Count > 0)
            {
                var id = antrean.Dequeue();
                if (!hasil.TryGetValue(id, out var set))
                {
                    hasil[id] = set = [];
                }

                set.Add(h.Peran);
                if (h.TermasukTurunan)
                {
                    foreach (var a in anak[id])
                    {
                        antrean.Enqueue(a);
                    }
                }
            }
        }

        return akses;
    }
}
