package org.pikir.feedback.analysis.suggest;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.pikir.feedback.analysis.job.TextItem;

/**
 * Not a test: measures {@link ThemeSuggester} on N synthetic short comments (default 100,000; ru/kk/en, 12 topics).
 * Run by hand: {@code java -cp <test classpath> org.pikir.feedback.analysis.suggest.ThemeSuggesterScale 100000}.
 */
public final class ThemeSuggesterScale {

    private static final String[][] TOPICS = {
            {"суд судья независимость приговор", "сот судья тәуелсіздік үкім", "court judge independence verdict"},
            {"земля недра продажа аренда", "жер қойнау сату жалға", "land minerals sale lease"},
            {"язык государственный русский казахский", "тіл мемлекеттік қазақ орыс", "language state kazakh russian"},
            {"парламент курултай депутаты мажилис", "парламент құрылтай депутаттар мәжіліс", "parliament kurultai deputies"},
            {"президент полномочия срок", "президент өкілеттік мерзім", "president powers term"},
            {"аким выборы местное самоуправление", "әкім сайлау жергілікті өзін өзі басқару", "akim local self government"},
            {"выборы бюллетень избирательный", "сайлау бюллетень сайлаушы", "elections ballot voters"},
            {"права свободы собрания слова", "құқықтар бостандық жиналыс сөз", "rights freedom assembly speech"},
            {"референдум реформа обсуждение", "референдум реформа талқылау", "referendum reform discussion"},
            {"прозрачность контроль отчет бюджет", "ашықтық бақылау есеп бюджет", "transparency control report budget"},
            {"образование школы учителя", "білім мектеп мұғалім", "education schools teachers"},
            {"медицина больницы врачи", "медицина аурухана дәрігер", "health hospitals doctors"},
    };
    private static final String[] FILLER = {"я считаю что", "нужно чтобы", "менің ойымша", "керек", "i think that",
            "we need", "очень важно", "өте маңызды", "please", "спасибо", "рахмет", "all citizens", "граждане", "халық"};

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(42);
        List<TextItem> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] topic = TOPICS[random.nextInt(TOPICS.length)];
            int language = random.nextInt(100) < 45 ? 0 : random.nextInt(100) < 55 ? 1 : 2;
            String[] words = topic[language].split(" ");
            StringBuilder text = new StringBuilder(FILLER[random.nextInt(FILLER.length)]);
            for (int w = 0; w < 3 + random.nextInt(8); w++) {
                text.append(' ').append(words[random.nextInt(words.length)]);
                if (random.nextInt(4) == 0) {
                    text.append(' ').append("слово").append(random.nextInt(5000));
                }
            }
            items.add(new TextItem("COMMENT", i, new String[] {"ru", "kk", "en"}[language], text.toString()));
        }
        System.gc();
        long before = usedHeap();
        long start = System.nanoTime();
        List<DraftTheme> themes = new ThemeSuggester().suggest(items, percent -> { }, () -> false);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%,d items -> %d themes in %,d ms; heap used before %d MB, peak (all pools) %d MB, cores %d%n",
                n, themes.size(), millis, before >> 20, peak >> 20, Runtime.getRuntime().availableProcessors());
        themes.forEach(theme -> System.out.println(theme.members().size() + " " + theme.terms()));
    }

    private static long usedHeap() {
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
