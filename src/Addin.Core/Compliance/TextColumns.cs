using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Addin.Core.Compliance;

/// <summary>A table, the columns of its key, and the text columns personal data can hide in.</summary>
public sealed record TextTable(string Table, IReadOnlyList<string> KeyColumns, IReadOnlyList<string> Columns);

/// <summary>Every text column of every table of the model, read from EF's model so tables added later are covered too.</summary>
public static class TextColumns
{
    public static IReadOnlyList<TextTable> Of(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tables = new List<TextTable>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.FindPrimaryKey() is not null))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.GetColumnName(table) is not null)
                .Select(p => p.GetColumnName(table)!)
                .ToList();
            if (columns.Count > 0)
            {
                var keys = entity.FindPrimaryKey()!.Properties.Select(p => p.GetColumnName(table)!).ToList();
                tables.Add(new TextTable(entity.GetTableName()!, keys, columns));
            }
        }

        return tables;
    }
}
