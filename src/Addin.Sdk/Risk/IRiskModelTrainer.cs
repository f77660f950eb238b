namespace Addin.Sdk.Risk;

/// <summary>
/// Optional: a risk model that learns from an institution's history. The provider that implements <see cref="IRiskModel"/>
/// may also implement this; <c>./addin risk train</c> and <c>./addin risk evaluate</c> use it.
/// </summary>
public interface IRiskModelTrainer
{
    /// <summary>Trains a model on students whose outcome is known.</summary>
    /// <exception cref="ArgumentException">The history cannot train a model (for example, every outcome is the same); the message says what is missing.</exception>
    Task<ITrainedRiskModel> TrainAsync(IReadOnlyList<LabelledSignals> history, CancellationToken cancellationToken);
}

/// <summary>A model trained by an <see cref="IRiskModelTrainer"/>, which can be saved and used to assess.</summary>
public interface ITrainedRiskModel : IRiskModel
{
    /// <summary>Writes the model, so the provider's settings can name the file.</summary>
    Task SaveAsync(Stream destination, CancellationToken cancellationToken);
}

/// <summary>A student's signals with the outcome that followed.</summary>
/// <param name="Signals">The weeks observed.</param>
/// <param name="Failed">True when the student failed or dropped out of the course.</param>
public sealed record LabelledSignals(StudentSignals Signals, bool Failed);
