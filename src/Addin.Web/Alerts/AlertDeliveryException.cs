namespace Addin.Web.Alerts;

/// <summary>Some alerts could not be sent; the job engine runs the job again, which sends only those.</summary>
public sealed class AlertDeliveryException(string message) : Exception(message);
