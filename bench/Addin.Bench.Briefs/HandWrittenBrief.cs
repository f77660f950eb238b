using System.Text;
using System.Text.Encodings.Web;
using Addin.Core.Briefs;

namespace Addin.Bench.Briefs;

/// <summary>The baseline for rendering: a brief's sections written straight to a string, encoded, with no template engine.</summary>
internal static class HandWrittenBrief
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    public static string Write(BriefModel brief)
    {
        var html = new StringBuilder(8192);
        html.Append("<article class=\"brief\"><h2>Brief: ").Append(Encoder.Encode(brief.SessionTitle)).Append("</h2><ul>");
        foreach (var student in brief.Students)
        {
            html.Append("<li>").Append(Encoder.Encode(student.Name)).Append(" — risk: ").Append(Encoder.Encode(student.RiskLevel ?? ""))
                .Append(" (").Append(Encoder.Encode(string.Join("; ", student.RiskReasons))).Append(")<br>")
                .Append(Encoder.Encode(student.ExplanationResponse ?? "")).Append("</li>");
        }

        html.Append("</ul>");
        if (brief.LastRecap is { } recap)
        {
            html.Append("<p>").Append(Encoder.Encode(recap.Summary)).Append("</p><ul>");
            foreach (var moment in recap.Moments)
            {
                html.Append("<li><a href=\"").Append(Encoder.Encode(moment.Link)).Append("\">").Append(Encoder.Encode(moment.At)).Append(" — ").Append(Encoder.Encode(moment.Label)).Append("</a></li>");
            }

            html.Append("</ul>");
        }

        foreach (var gap in brief.OpenGaps)
        {
            html.Append("<li>").Append(Encoder.Encode(gap.What)).Append("</li>");
        }

        foreach (string line in brief.CurriculumNext.Concat(brief.WarmUpQuestions))
        {
            html.Append("<li>").Append(Encoder.Encode(line)).Append("</li>");
        }

        return html.Append("</article>").ToString();
    }
}
