-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "protectionOffer" BOOLEAN NOT NULL DEFAULT false;

