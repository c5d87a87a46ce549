using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sakip.App.Data;

/// <summary>
/// What a database error means for the user, the same on SQLite and PostgreSQL: two writers raced
/// for one unique row (the loser gets a conflict, not a crash), or the database cannot be written.
/// </summary>
public static class GalatBasisData
{
    /// <summary>True when a save failed because another writer created the same unique row first.</summary>
    public static bool MelanggarKeunikan(this DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19 && s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>True when the exception says the database refuses writes (a read-only file, a read-only server or role).</summary>
    public static bool TidakDapatDitulis(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is SqliteException { SqliteErrorCode: 8 } // SQLITE_READONLY
                || x is PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.InsufficientPrivilege })
            {
                return true;
            }
        }

        return false;
    }
}
