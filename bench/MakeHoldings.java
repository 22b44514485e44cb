import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a holdings .xlsx of N rows (eight columns, five kinds of position), the file the holdings-import benchmark
 * reads. Run with POI on the class path: {@code java -cp planner/target/yieldplan.jar bench/MakeHoldings.java OUT N}.
 */
public class MakeHoldings {

    private static final String[][] KINDS = {
        {"ETH", "staking", "Lido", "Ethereum", "3000"}, {"USDC", "lending", "Aave", "Arbitrum", "1"},
        {"ETH/USDC", "liquidity", "Uniswap", "Base", "50"}, {"BTC", "growth", "", "Bitcoin", "60000"},
        {"CRV", "farming", "Convex", "Ethereum", "0.5"}};

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet s = wb.createSheet("Holdings");
            String[] head = {"Asset", "Quantity", "Price (USD)", "Value (USD)", "Bucket", "Protocol", "Chain", "APY (%)"};
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= rows; r++) {
                String[] k = KINDS[r % KINDS.length];
                Row row = s.createRow(r);
                double qty = 1 + r % 97;
                double price = Double.parseDouble(k[4]);
                row.createCell(0).setCellValue(k[0]);
                row.createCell(1).setCellValue(qty);
                row.createCell(2).setCellValue(price);
                row.createCell(3).setCellValue(qty * price);
                row.createCell(4).setCellValue(k[1]);
                row.createCell(5).setCellValue(k[2]);
                row.createCell(6).setCellValue(k[3]);
                row.createCell(7).setCellValue(2 + r % 9);
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
