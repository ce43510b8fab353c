import { legalPage, legalPageMetadata } from "@/app/_components/legal-page";

export const generateMetadata = legalPageMetadata("datenschutz");
export default legalPage("datenschutz");
