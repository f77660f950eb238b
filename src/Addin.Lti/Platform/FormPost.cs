using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;

namespace Addin.Lti.Platform;

/// <summary>An HTML page that POSTs fields to a URL by itself (the OIDC <c>form_post</c> response mode).</summary>
public static class FormPost
{
    /// <summary>The page's only script. Allow it in a CSP with <see cref="ScriptHash"/> or a nonce.</summary>
    public const string Script = "document.forms[0].submit();";

    /// <summary>The CSP source for <see cref="Script"/>, e.g. <c>script-src 'sha256-…'</c>.</summary>
    public static string ScriptHash { get; } =
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script))) + "'";

    /// <summary>
    /// Renders the page. Every value is HTML-attribute encoded; without JavaScript the user sees a Continue button.
    /// Pass <paramref name="scriptNonce"/> when the host's CSP uses nonces instead of <see cref="ScriptHash"/>.
    /// </summary>
    public static string Render(Uri action, IReadOnlyDictionary<string, string> fields, string? scriptNonce = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(fields);
        if (!action.IsAbsoluteUri || (action.Scheme != Uri.UriSchemeHttps && action.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The form action must be an absolute http(s) URL.", nameof(action));
        }

        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder(512);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n<title>Continuing…</title>\n</head>\n<body>\n")
            .Append("<form method=\"post\" action=\"").Append(encoder.Encode(action.AbsoluteUri)).Append("\">\n");
        foreach (var (name, value) in fields)
        {
            html.Append("<input type=\"hidden\" name=\"").Append(encoder.Encode(name))
                .Append("\" value=\"").Append(encoder.Encode(value)).Append("\">\n");
        }

        html.Append("<noscript><button type=\"submit\">Continue</button></noscript>\n</form>\n<script");
        if (scriptNonce is not null)
        {
            html.Append(" nonce=\"").Append(encoder.Encode(scriptNonce)).Append('"');
        }

        html.Append('>').Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }
}
