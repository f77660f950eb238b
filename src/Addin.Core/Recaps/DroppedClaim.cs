namespace Addin.Core.Recaps;

/// <summary>A part of a recap that was not shown because its evidence did not hold.</summary>
/// <param name="Part">Which part of the recap: topic, exchange, gap, next step, review question, moment.</param>
/// <param name="Claim">What the part said (its title, question, …).</param>
/// <param name="Reason">Why it was dropped.</param>
public sealed record DroppedClaim(string Part, string Claim, string Reason);
