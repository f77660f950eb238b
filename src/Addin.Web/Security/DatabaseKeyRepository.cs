using System.Xml.Linq;
using Addin.Core.Persistence;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Addin.Web.Security;

/// <summary>
/// The Data Protection key ring in Addin's database, so that every process sharing the database protects and reads
/// with the same keys: a viewer token, signed media URL or the LTI tool key written by one process is read by all.
/// The key manager calls it synchronously, rarely (at start-up, when a key is new or unknown, about once a day).
/// </summary>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        return db.DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AddinDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKeyRecord { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
