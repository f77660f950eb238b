using Addin.Core.Alerts;
using Addin.Sdk.Notifications;

namespace Addin.Web.Alerts;

/// <summary>One message to one audience through one notifier, with the key that makes it go out once.</summary>
internal sealed record AlertNotice(string Key, AlertKind Kind, AlertAudience Audience, string NotifierId, Notification Notification);
