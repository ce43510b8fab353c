import { legalPage, legalPageMetadata } from "@/app/_components/legal-page";

export const generateMetadata = legalPageMetadata("barrierefreiheit");
export default legalPage("barrierefreiheit");
