package vn.boiduong.shared;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@link VietnameseNumbers} in every template as {@code #vn}: {@code ${#vn.percent(x)}}, {@code ${#vn.integer(n)}},
 * {@code ${#vn.decimal(x, 2)}}, {@code ${#vn.millions(d)}}, {@code ${#vn.period('2026-Q4')}} — so no page formats a
 * number its own way ({@code #numbers} with a dot, a bare {@code toString()}).
 */
@Component
public class VietnameseNumbersDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final Numbers NUMBERS = new Numbers();

    public VietnameseNumbersDialect() {
        super("vn");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("vn");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return NUMBERS;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** The instance methods templates call; each delegates to {@link VietnameseNumbers}. */
    public static final class Numbers {
        public String integer(Number v) {
            return VietnameseNumbers.integer(v);
        }

        public String decimal(Number v, int decimals) {
            return VietnameseNumbers.decimal(v, decimals);
        }

        public String number(Number v, int decimals) {
            return VietnameseNumbers.number(v, decimals);
        }

        public String percent(Number v) {
            return VietnameseNumbers.percent(v);
        }

        public String percent(Number v, int decimals) {
            return VietnameseNumbers.percent(v, decimals);
        }

        public String share(Number part, Number whole) {
            return VietnameseNumbers.share(part, whole);
        }

        public String money(Number v) {
            return VietnameseNumbers.money(v);
        }

        public String millions(Number v) {
            return VietnameseNumbers.millions(v);
        }

        public String quarter(int year, int quarter) {
            return VietnameseNumbers.quarter(year, quarter);
        }

        public String year(int year) {
            return VietnameseNumbers.year(year);
        }

        public String period(Object key) {
            return VietnameseNumbers.period(key == null ? null : key.toString());
        }

        public String periodShort(Object key) {
            return VietnameseNumbers.periodShort(key == null ? null : key.toString());
        }
    }
}
