using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Santorin.Infrastructure.External;

namespace Santorin.Infrastructure.Tests.External;

public sealed class ExternalOptionsTests
{
    [Fact]
    public void AddExternalSystems_CompleteSettings_PassesStartupValidation()
    {
        using var services = ExternalClients.BuildServices(ValidSettings());
        var sut = services.GetRequiredService<IStartupValidator>();

        var exception = Record.Exception(sut.Validate);

        Assert.Null(exception);
    }

    [Theory]
    [InlineData("Cyclades:BaseUrl", null, "BaseUrl")]
    [InlineData("Imagin:ApiKey", null, "ApiKey")]
    [InlineData("Cyclades:BaseUrl", "ftp://cyclades.example/", "BaseUrl")]
    [InlineData("Imagin:MaxRetryAttempts", "0", "MaxRetryAttempts")]
    [InlineData("Cyclades:AttemptTimeout", "00:05:00", "AttemptTimeout")]
    [InlineData("Cyclades:BreakDuration", "00:00:00.100", "BreakDuration")]
    public void AddExternalSystems_WrongSetting_FailsAtStartNamingIt(string key, string? value, string name)
    {
        var settings = ValidSettings();
        settings[key] = value;
        using var services = ExternalClients.BuildServices(settings);
        var sut = services.GetRequiredService<IStartupValidator>();

        var exception = Assert.ThrowsAny<OptionsValidationException>(sut.Validate);

        Assert.Contains(name, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExternalErrorCodes.ApiKeyInvalid, 401)]
    [InlineData(ExternalErrorCodes.ExamUnknown, 404)]
    [InlineData(ExternalErrorCodes.ExamPublished, 409)]
    [InlineData(ExternalErrorCodes.IdempotencyKeyMissing, 400)]
    [InlineData(ExternalErrorCodes.IdempotencyKeyInvalid, 400)]
    [InlineData(ExternalErrorCodes.IdempotencyKeyReused, 422)]
    [InlineData(ExternalErrorCodes.BatchTooLarge, 400)]
    [InlineData(ExternalErrorCodes.BodyInvalid, 400)]
    [InlineData(ExternalErrorCodes.CorrectorUnknown, 404)]
    [InlineData(ExternalErrorCodes.PaymentClosed, 409)]
    [InlineData(ExternalErrorCodes.CopiesInvalid, 422)]
    public void ForRefusal_EveryContractCode_HasItsOwnFrenchSentence(string code, int status)
    {
        var generic = ExternalMessages.ForRefusal(ExternalSystem.Cyclades, status, "some-new-code");

        var message = ExternalMessages.ForRefusal(ExternalSystem.Cyclades, status, code);

        Assert.NotEqual(generic, message);
        Assert.DoesNotContain(code, message, StringComparison.Ordinal);
        Assert.Contains("Cyclades", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExternalErrorCodes.CandidateUnknown)]
    [InlineData(ExternalErrorCodes.ValueInvalid)]
    [InlineData(ExternalErrorCodes.CandidateDuplicate)]
    public void ForLine_EveryRejectionCode_HasItsOwnFrenchSentence(string code)
    {
        var generic = ExternalMessages.ForLine(ExternalSystem.Cyclades, "some-new-code");

        var message = ExternalMessages.ForLine(ExternalSystem.Cyclades, code);

        Assert.NotEqual(generic, message);
        Assert.DoesNotContain(code, message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> ValidSettings() => new()
    {
        ["Cyclades:BaseUrl"] = "https://cyclades.example/api",
        ["Cyclades:ApiKey"] = "secret",
        ["Imagin:BaseUrl"] = "https://imagin.example/",
        ["Imagin:ApiKey"] = "secret",
    };
}
