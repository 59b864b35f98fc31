using Santorin.Core.Exams;

namespace Santorin.Core.Tests;

public sealed class ExamIdTests
{
    [Theory]
    [InlineData("A")]
    [InlineData("PHILO-2026_bac")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void IsValid_WellFormedId_IsTrue(string examId)
    {
        Assert.True(ExamId.IsValid(examId));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-PHILO")]
    [InlineData("_PHILO")]
    [InlineData("PHILO 2026")]
    [InlineData("PHILO/2026")]
    [InlineData("PHILO#1")]
    [InlineData("Épreuve")]
    [InlineData("PHILO\n")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    public void IsValid_OtherId_IsFalse(string? examId)
    {
        Assert.False(ExamId.IsValid(examId));
    }
}

public sealed class ExamSettingsValidatorTests
{
    [Fact]
    public void Validate_NoBody_IsTheDefaults()
    {
        var sut = ExamSettingsValidator.Validate(null);

        Assert.Equal(new ExamSettings(true, true, true), sut);
    }

    [Fact]
    public void Validate_MissingMembers_AreTrue()
    {
        var sut = ExamSettingsValidator.Validate(new ExamSettingsImport { IncludeGrade = false });

        Assert.Equal(new ExamSettings(IncludeAnnotations: true, IncludeGrade: false, IncludeComment: true), sut);
    }

    [Fact]
    public void Validate_EveryMemberGiven_IsKept()
    {
        var body = new ExamSettingsImport { IncludeAnnotations = false, IncludeGrade = true, IncludeComment = false };

        var sut = ExamSettingsValidator.Validate(body);

        Assert.Equal(new ExamSettings(false, true, false), sut);
    }
}
