using Calculator;
using Xunit;

namespace Calculator.Tests;

public sealed class PricingTests
{
    [Theory]
    [InlineData(12, 10)]
    [InlineData(3, 0)]
    public void Discount_ByQuantity(int quantity, int expected) => Assert.Equal(expected, Pricing.Discount(quantity));

    [Fact]
    public void Clamp_Positive_Unchanged() => Assert.Equal(5, Pricing.Clamp(5));
}
