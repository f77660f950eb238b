using System.Globalization;

namespace Addin.Core.Audit;

/// <summary>
/// Writes audit rows as RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with = + - @, tab or
/// carriage return) get a leading apostrophe: an actor's name or a detail is user-controlled text (OWASP "CSV injection").
/// </summary>
public static class AuditCsv
{
    private const string Header = "id,at,actor,actor_lms_id,action,target_type,target_id,allowed,remote_address,platform,detail,channel,user_agent";

    public static async Task WriteAsync(IAsyncEnumerable<AuditRow> rows, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        await output.WriteLineAsync(Header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await output.WriteLineAsync(string.Join(',',
                row.Id.ToString(CultureInfo.InvariantCulture),
                row.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                Cell(row.Actor), Cell(row.ActorLmsId), Cell(row.Action), Cell(row.TargetType), Cell(row.TargetId),
                row.Allowed ? "yes" : "no", Cell(row.RemoteAddress), Cell(row.Platform), Cell(row.Detail),
                Channel(row.Channel), Cell(row.UserAgent)));
        }
    }

    private static string Channel(AuditChannel? channel) => channel switch
    {
        AuditChannel.Web => "web",
        AuditChannel.CommandLine => "command-line",
        AuditChannel.Job => "job",
        _ => "",
    };

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
