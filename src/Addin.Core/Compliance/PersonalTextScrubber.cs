using System.Data.Common;
using System.Text.RegularExpressions;
using Addin.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Addin.Core.Compliance;

/// <summary>
/// Replaces a person's identifiers (name, email, LMS id) wherever they appear in any text column, with raw SQL over the
/// model's tables, inside the caller's transaction. Matching is case-insensitive, like the scan that checks it.
/// </summary>
public static class PersonalTextScrubber
{
    public const string Replacement = "[erased]";

    /// <summary>Scrubs every text column; returns how many cells changed per table.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> ScrubAsync(AddinDbContext db, IReadOnlyCollection<string> terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        var changed = new Dictionary<string, int>(StringComparer.Ordinal);
        var pattern = new Regex(string.Join('|', terms.OrderByDescending(t => t.Length).Select(Regex.Escape)), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Scrubbing must run inside the erasure's transaction.");
        foreach (var table in TextColumns.Of(db))
        {
            foreach (var column in table.Columns)
            {
                var rows = await MatchingRowsAsync(connection, transaction, table, column, terms, cancellationToken);
                foreach (var (key, text) in rows)
                {
                    await UpdateAsync(connection, transaction, table, column, key, pattern.Replace(text, Replacement), cancellationToken);
                }

                if (rows.Count > 0)
                {
                    changed[table.Table] = changed.GetValueOrDefault(table.Table) + rows.Count;
                }
            }
        }

        return changed;
    }

    private static async Task<List<(object?[] Key, string Text)>> MatchingRowsAsync(
        DbConnection connection, DbTransaction transaction, TextTable table, string column, IReadOnlyCollection<string> terms, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var conditions = terms.Select((term, i) =>
        {
            AddParameter(command, $"@t{i}", $"%{term.ToLowerInvariant()}%");
            return $"lower({Quote(column)}) LIKE @t{i}";
        });
        command.CommandText = $"SELECT {string.Join(", ", table.KeyColumns.Select(Quote))}, {Quote(column)} FROM {Quote(table.Table)} WHERE {string.Join(" OR ", conditions)}";
        var rows = new List<(object?[], string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new object?[table.KeyColumns.Count];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = reader.GetValue(i);
            }

            rows.Add((key, reader.GetString(key.Length)));
        }

        return rows;
    }

    private static async Task UpdateAsync(DbConnection connection, DbTransaction transaction, TextTable table, string column, object?[] key, string text, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        AddParameter(command, "@v", text);
        var conditions = table.KeyColumns.Select((k, i) =>
        {
            AddParameter(command, $"@k{i}", key[i]);
            return $"{Quote(k)} = @k{i}";
        });
        command.CommandText = $"UPDATE {Quote(table.Table)} SET {Quote(column)} = @v WHERE {string.Join(" AND ", conditions)}";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
