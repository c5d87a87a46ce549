namespace Sakip.App.Audit;

/// <summary>Who is acting, for the audit trail: the signed-in user on the web, "sistem" elsewhere.</summary>
public interface IPelakuAudit
{
    string Nama { get; }

    int? PenggunaId { get; }
}

/// <summary>The actor of the CLI, start-up tasks and tests: the system itself.</summary>
public sealed class PelakuSistem : IPelakuAudit
{
    public static PelakuSistem Instance { get; } = new();

    public string Nama => "sistem";

    public int? PenggunaId => null;
}
